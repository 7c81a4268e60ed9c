package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page saved again the way Chromium's "Save page as… Webpage, Single File" saves it: headless Chromium (no
 * network, images off) loads the page, and the DevTools protocol's {@code Page.captureSnapshot} writes the MHTML
 * archive its menu would. The archive is then read as any saved file is ({@link PageDecoder}), so the check {@code
 * pulse eval-extract --saved-as mhtml} measures the MHTML reader on real pages: the same comments should come out. The
 * archive's Date header is set to when the page itself was saved (as if it had been saved as MHTML then), so that
 * relative dates count from the same moment. Chromium must be installed ({@code apt-get install chromium}).
 */
public final class ChromiumMhtml implements PageVariant {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final Pattern DATE_HEADER = Pattern.compile("(?m)^Date: [^\\r\\n]*\\r?\\n");

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    @Override
    public Page apply(Page page) {
        if (!page.html()) {
            return page;
        }
        try {
            Path saved = Path.of(page.path().getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".mhtml");
            Page read = PageDecoder.decode(saved, archive(page).getBytes(StandardCharsets.UTF_8), page.modified(), Frames.NONE);
            return new Page(page.path(), read.text(), read.html(), page.bytesHash(), read.warnings(), page.modified(),
                    read.savedFrom(), read.frames());
        } catch (BadPageException e) {
            throw new UncheckedIOException("chromium could not save " + page.path() + " as MHTML: " + e.getMessage(),
                    new IOException(e));
        }
    }

    /**
     * The MHTML archive of an HTML page as Chromium saves it, its Date header set to when the page itself was saved
     * (or left out where that is unknown).
     */
    public String archive(Page page) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pulse-mhtml-");
            Path in = dir.resolve("page.html");
            Files.writeString(in, TextBrowserCopy.inUtf8(page.text()), StandardCharsets.UTF_8);
            String mhtml;
            try {
                mhtml = capture(in, dir.resolve("profile"), true);
                if (!holdsPage(mhtml)) {
                    throw new IOException("saved while a script was replacing the page");
                }
            } catch (IOException scriptsInTheWay) {
                // offline, a page's script can reload it for ever ("if not https, go to the https address"), or be
                // replacing it when the snapshot is taken: such a page is saved as its markup stands, scripts off
                mhtml = capture(in, dir.resolve("profile-no-scripts"), false);
            }
            String date = SavedTime.of(page).map(t -> "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(t.time()) + "\r\n")
                    .orElse("");
            Matcher m = DATE_HEADER.matcher(mhtml);
            return m.find() ? mhtml.substring(0, m.start()) + date + mhtml.substring(m.end()) : mhtml;
        } catch (IOException e) {
            throw new UncheckedIOException("chromium could not save " + page.path() + " as MHTML: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            try {
                if (dir != null) {
                    io.commentpulse.io.FileTrees.delete(dir);
                }
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }

    /**
     * The MHTML archive of the HTML file {@code page} as it lies, with whatever it loads from beside it (frames saved
     * in its {@code _files} folder), as Chromium's "Save page as… Webpage, Single File" writes it.
     */
    public static String archiveOf(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("pulse-mhtml-profile-");
        try {
            return capture(page.toAbsolutePath(), profile, true);
        } finally {
            io.commentpulse.io.FileTrees.delete(profile);
        }
    }

    /** True when the archive's page holds some text (not the blank page a navigation leaves for a moment). */
    private static boolean holdsPage(String mhtml) {
        try {
            return MhtmlArchive.read(mhtml.getBytes(StandardCharsets.UTF_8))
                    .map(a -> !new String(a.html(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", "").isBlank())
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    /** The MHTML archive of the page at {@code in}, as a headless Chromium with its own {@code profile} saves it. */
    private static String capture(Path in, Path profile, boolean scripts) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--blink-settings=imagesEnabled=false", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (DevToolsSession tab = DevToolsSession.firstPage(profile, TIMEOUT)) {
            tab.call("Page.enable", null, TIMEOUT);
            if (!scripts) {
                tab.call("Emulation.setScriptExecutionDisabled", DevToolsSession.params().put("value", true), TIMEOUT);
            }
            CompletableFuture<JsonNode> loaded = tab.next("Page.loadEventFired");
            tab.call("Page.navigate", DevToolsSession.params().put("url", in.toUri().toString()), TIMEOUT);
            try {
                DevToolsSession.await(loaded, "load event", LOAD);
            } catch (IOException stillLoading) {
                // a page whose load never ends (a frame that hangs offline) is saved as it stands, as the menu would
            }
            return tab.call("Page.captureSnapshot", DevToolsSession.params().put("format", "mhtml"), TIMEOUT)
                    .path("data").asText();
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
