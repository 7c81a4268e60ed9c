package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 (part): a Reddit thread as saved from its .json address (a small fixture in that shape: the post listing,
 * nested replies, [deleted] and [removed] bodies, a "more" stub).
 */
class RedditThreadTest {
    static final Path THREAD = Path.of("src", "test", "resources", "exports", "reddit-thread-small.json");

    @TempDir
    Path dir;

    @Test
    void nestedRepliesAreFlattenedWithTheirParentAndRemovedBodiesCounted() throws Exception {
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", THREAD.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("3 comments read, 2 [deleted]/[removed] left out, 1 \"load more\""), err);
        List<CSVRecord> rows;
        try (Reader rd = Files.newBufferedReader(out)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
        assertEquals(List.of("k1", "k2", "k4"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("k1", rows.get(1).get("reply_to"), "a reply names the comment it answers");
        assertEquals("", rows.get(0).get("reply_to"), "a top-level comment answers the post: no reply_to");
        assertEquals("2024-05-02T09:00:00Z", rows.get(0).get("timestamp"));
        assertEquals("1714640400", rows.get(0).get("timestamp_raw"));
        assertEquals("Dam near the town shows cracks, officials say", rows.get(0).get("article_title"));
        assertTrue(rows.get(2).get("text").startsWith("'="), "formula neutralised");
    }
}
