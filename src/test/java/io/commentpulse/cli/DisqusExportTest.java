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
 * Issue 18 (part): a Disqus XML export (a small fixture written here in the export's documented shape: threads,
 * posts with CDATA HTML messages, a reply, a spam and a deleted post), scored and run like pages.
 */
class DisqusExportTest {
    static final Path EXPORT = Path.of("src", "test", "resources", "exports", "disqus-small.xml");

    @TempDir
    Path dir;

    @Test
    void postsBecomeCommentsWithTheirThreadAsArticleAndSpamAndDeletedLeftOut() throws Exception {
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", EXPORT.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("2 comments read, 1 deleted and 1 spam left out"), err);
        List<CSVRecord> rows = records(out);
        assertEquals(List.of("1001", "1002"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("This is worrying news. Really.", rows.get(0).get("text"), "HTML in messages turned into text");
        assertEquals("Agreed & thanks.", rows.get(1).get("text"), "entities decoded");
        assertEquals("1001", rows.get(1).get("reply_to"));
        assertEquals("http://example.com/2024/05/story", rows.get(0).get("article_id"));
        assertEquals("A & B: the story", rows.get(0).get("article_title"));
        assertEquals("2024-05-02T09:00:00Z", rows.get(0).get("timestamp"));
        assertEquals("Bob", rows.get(1).get("author"));
    }

    @Test
    void runOnAnExportGivesTheReportWithTheThreadAsArticle() throws Exception {
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", EXPORT.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(Files.readString(out.resolve("report.html")).contains("A &amp; B: the story"));
    }

    @Test
    void aTruncatedExportKeepsThePostsBeforeTheCut() throws Exception {
        String xml = Files.readString(EXPORT);
        Path cut = dir.resolve("cut.xml");
        Files.writeString(cut, xml.substring(0, xml.indexOf("<post dsq:id=\"1002\">") + 40));
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", cut.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("cut.xml: line") && err.contains("malformed XML"), err);
        assertEquals(List.of("1001"), records(out).stream().map(x -> x.get("comment_id")).toList());
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader rd = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
    }
}
