package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page of a headless Chromium driven through the DevTools protocol (JSON over the JDK's WebSocket client): calls
 * by method name, and waits for an event. Enough to load a page and ask Chromium for what its menus would save.
 */
final class DevToolsSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();

    private DevToolsSession(URI page) throws IOException, InterruptedException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(page, new Listener())
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot reach Chromium's DevTools at " + page + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first page of the Chromium whose profile is {@code profile} (started with {@code --remote-debugging-port=0},
     * which writes the port it chose into the profile's DevToolsActivePort file).
     */
    static DevToolsSession firstPage(Path profile, Duration wait) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + wait.toNanos();
        String port = null;
        JsonNode pages = null;
        while (System.nanoTime() < until) {
            if (port == null && Files.isRegularFile(portFile)) {
                String first = Files.readString(portFile).lines().findFirst().orElse("").strip();
                port = first.isEmpty() ? null : first;
            }
            if (port != null) {
                try {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
                    pages = JSON.readTree(r.body());
                    for (JsonNode p : pages) {
                        if (p.path("type").asText().equals("page") && p.has("webSocketDebuggerUrl")) {
                            return new DevToolsSession(URI.create(p.get("webSocketDebuggerUrl").asText()));
                        }
                    }
                } catch (IOException notYet) {
                    // the browser is still starting
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium did not open a page to drive within " + wait.toSeconds() + " s" + (pages == null ? "" : ": " + pages));
    }

    /** Calls {@code method} and returns its result; an error reply or no reply within {@code timeout} raises. */
    JsonNode call(String method, ObjectNode params, Duration timeout) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        calls.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        socket.sendText(msg.toString(), true);
        JsonNode r = await(reply, method, timeout);
        if (r.has("error")) {
            throw new IOException(method + ": " + r.get("error").path("message").asText());
        }
        return r.path("result");
    }

    /** The next {@code method} event; ask for it before the call that causes it. */
    CompletableFuture<JsonNode> next(String method) {
        return events.computeIfAbsent(method, m -> new CompletableFuture<>());
    }

    static JsonNode await(CompletableFuture<JsonNode> f, String what, Duration timeout) throws IOException, InterruptedException {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("Chromium: no " + what + " within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException("Chromium: " + what + ": " + e.getCause(), e.getCause());
        }
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                try {
                    JsonNode m = JSON.readTree(message);
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = calls.remove(m.get("id").asInt());
                        if (f != null) {
                            f.complete(m);
                        }
                    } else if (m.has("method")) {
                        CompletableFuture<JsonNode> f = events.remove(m.get("method").asText());
                        if (f != null) {
                            f.complete(m.path("params"));
                        }
                    }
                } catch (IOException e) {
                    // not JSON: nothing waits for it
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            calls.values().forEach(f -> f.completeExceptionally(error));
            events.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
