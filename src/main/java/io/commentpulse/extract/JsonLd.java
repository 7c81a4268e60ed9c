package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The JSON-LD objects of a page, flattened (graphs and arrays opened), and the schema.org Comments among them. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(s.data());
                Deque<JsonNode> stack = new ArrayDeque<>();
                stack.push(root);
                while (!stack.isEmpty()) {
                    JsonNode n = stack.pop();
                    if (n.isArray()) {
                        n.forEach(stack::push);
                    } else if (n.isObject()) {
                        out.add(n);
                        JsonNode graph = n.get("@graph");
                        if (graph != null) {
                            stack.push(graph);
                        }
                    }
                }
            } catch (Exception ignored) {
                // a broken JSON-LD block is page furniture, not a reason to fail the page
            }
        }
        return out;
    }

    /** schema.org Comment objects reachable from the page's JSON-LD, in document order. */
    static List<JsonNode> comments(List<JsonNode> objects) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> stack = new ArrayDeque<>();
        for (int i = objects.size() - 1; i >= 0; i--) {
            stack.push(objects.get(i));
        }
        java.util.Set<JsonNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!stack.isEmpty()) {
            JsonNode n = stack.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n.isObject() && "Comment".equals(n.path("@type").asText()) && n.hasNonNull("text")) {
                out.add(n);
            }
            JsonNode c = n.get("comment");
            if (c != null) {
                if (c.isArray()) {
                    for (int i = c.size() - 1; i >= 0; i--) {
                        stack.push(c.get(i));
                    }
                } else {
                    stack.push(c);
                }
            }
        }
        return out;
    }

    static String authorName(JsonNode comment) {
        JsonNode a = comment.get("author");
        if (a == null) {
            return "";
        }
        if (a.isArray() && a.size() > 0) {
            a = a.get(0);
        }
        return a.isTextual() ? a.asText() : a.path("name").asText("");
    }
}
