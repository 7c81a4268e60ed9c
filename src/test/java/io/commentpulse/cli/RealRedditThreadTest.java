package io.commentpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: real Reddit threads (PRAW's recorded API responses, BSD-2-Clause; see exports/real/README.md), read by
 * {@code pulse score} and {@code pulse run}. What is expected is counted from the JSON itself, independently of the
 * reader: every comment with text, in thread order, its parent named even when that parent was deleted.
 */
class RealRedditThreadTest {
    static final Path REAL = Path.of("src", "test", "resources", "exports", "real");

    @TempDir
    Path dir;

    /** Ids of the comments with text in depth-first order, [deleted]/[removed] ones, "more" stubs; parents by id. */
    record Expected(List<String> ids, Set<String> allIds, int deleted, int more, java.util.Map<String, String> parent) {
    }

    static Expected expected(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Expected e = new Expected(new ArrayList<>(), new HashSet<>(), 0, 0, new java.util.HashMap<>());
        int[] counts = new int[2];
        walk(root.path(1), e, counts);
        return new Expected(e.ids(), e.allIds(), counts[0], counts[1], e.parent());
    }

    private static void walk(JsonNode listing, Expected e, int[] counts) {
        for (JsonNode c : listing.path("data").path("children")) {
            JsonNode d = c.path("data");
            if (c.path("kind").asText().equals("more")) {
                counts[1]++;
                continue;
            }
            e.allIds().add(d.path("id").asText());
            String body = d.path("body").asText();
            if (body.equals("[deleted]") || body.equals("[removed]")) {
                counts[0]++;
            } else {
                e.ids().add(d.path("id").asText());
                String p = d.path("parent_id").asText();
                e.parent().put(d.path("id").asText(), p.startsWith("t1_") ? p.substring(3) : "");
            }
            if (d.path("replies").isObject()) {
                walk(d.path("replies"), e, counts);
            }
        }
    }

    static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader rd = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
    }

    @Test
    void aLargeRealThreadIsReadWhole() throws Exception {
        Path thread = REAL.resolve("reddit-3hahrw.json");
        Expected e = expected(thread);
        assertEquals(470, e.ids().size(), "the JSON itself");
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", thread.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("470 comments read, 6 [deleted]/[removed] left out, 18 \"load more\""), err);
        List<CSVRecord> rows = rows(out);
        assertEquals(e.ids(), rows.stream().map(x -> x.get("comment_id")).toList());
        for (CSVRecord row : rows) {
            String parent = row.get("reply_to");
            assertEquals(e.parent().get(row.get("comment_id")), parent);
            assertTrue(parent.isEmpty() || e.allIds().contains(parent), "a parent in the thread: " + parent);
            assertTrue(row.get("timestamp").matches("201[56]-.*Z"), row.get("timestamp"));
            assertTrue(!row.get("sentiment").isBlank());
        }
        long repliesToDeleted = rows.stream().filter(x -> !x.get("reply_to").isEmpty()
                && !e.ids().contains(x.get("reply_to"))).count();
        assertTrue(repliesToDeleted > 0, "replies to deleted comments keep their parent's id");
        assertEquals("Ba Dum Tsss", rows.get(0).get("article_title"));
    }

    @Test
    void runReportsARealThreadAsItsArticle() throws Exception {
        Path out = dir.resolve("out");
        Object[] r = ExtractBadInputTest.run("run", REAL.resolve("reddit-4b1tfm.json").toString(),
                REAL.resolve("reddit-3hahrw.json").toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> articles = rows(out.resolve("reaction-by-article.csv"));
        assertEquals(2, articles.size());
        assertEquals(Set.of("A Test from PRAWCORE.", "Ba Dum Tsss"),
                Set.of(articles.get(0).get("article_title"), articles.get(1).get("article_title")));
        long comments = articles.stream().mapToLong(a -> Long.parseLong(a.get("comments"))).sum();
        assertEquals(470 + 3, comments);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Ba Dum Tsss"));
    }

    @Test
    void entitiesOfASavedThreadAreTurnedBack() {
        assertEquals("a < b & c > d", io.commentpulse.input.RedditThread.unescape("a &lt; b &amp; c &gt; d"));
        assertEquals("&amp;lt;", io.commentpulse.input.RedditThread.unescape("&amp;amp;lt;"));
    }
}
