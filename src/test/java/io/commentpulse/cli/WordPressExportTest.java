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
 * Issue 18 (part): a WordPress WXR export (a small fixture in WXR 1.2's shape: CDATA, entities, comment meta, a
 * reply, a pingback, a spam comment, a missing GMT date).
 */
class WordPressExportTest {
    static final Path EXPORT = Path.of("src", "test", "resources", "exports", "wordpress-small.xml");

    @TempDir
    Path dir;

    @Test
    void approvedCommentsOfEachPostAreItsComments() throws Exception {
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", EXPORT.toString(), "--zone", "Europe/Berlin", "--out",
                out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("2 comments read, 1 pingbacks/trackbacks and 1 not approved left out"), err);
        List<CSVRecord> rows;
        try (Reader rd = Files.newBufferedReader(out)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
        assertEquals(List.of("7", "8"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("I am worried about my parents & their house.", rows.get(0).get("text"));
        assertEquals("2024-05-02T09:00:00Z", rows.get(0).get("timestamp"), "comment_date_gmt is UTC");
        assertEquals("2024-05-02T12:00:00+02:00", rows.get(1).get("timestamp"), "no GMT date: local time in --zone");
        assertEquals("7", rows.get(1).get("reply_to"));
        assertEquals("Storm warning for the coast", rows.get(0).get("article_title"));
        assertEquals("http://example.com/2024/05/storm-warning/", rows.get(0).get("article_id"));
    }
}
