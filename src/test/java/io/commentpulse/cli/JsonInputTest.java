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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18 (part): comments as JSON Lines or a JSON array, fields guessed or named, bad records named and skipped. */
class JsonInputTest {
    @TempDir
    Path dir;

    @Test
    void jsonLinesWithRedditStyleFieldsAreScoredAndTheBadLineNamed() throws Exception {
        Path in = dir.resolve("thread.jsonl");
        Files.writeString(in, """
                {"id":"t1","body":"This is really worrying news.","created_utc":1714640400,"author":"ann","link_id":"t3_abc"}
                not json at all
                {"id":"t2","body":"=cmd|' /C calc'!A0 thanks","created_utc":1714644000,"author":{"name":"bob"},"link_id":"t3_abc","parent_id":"t1"}
                """);
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], "a skipped record makes the exit 1\n" + err);
        assertTrue(err.contains("thread.jsonl: line 2: not a JSON object"), err);
        assertTrue(err.contains("text=body, time=created_utc"), "the fields used are reported: " + err);
        List<CSVRecord> rows = records(out);
        assertEquals(2, rows.size());
        assertEquals("2024-05-02T09:00:00Z", rows.get(0).get("timestamp"));
        assertEquals("bob", rows.get(1).get("author"));
        assertEquals("t1", rows.get(1).get("reply_to"), "parent_id, first seen on the second record, is used");
        assertTrue(rows.get(1).get("text").startsWith("'="), "formula neutralised");
    }

    @Test
    void aJsonArrayWithNamedFieldsAndItsReport() throws Exception {
        Path in = dir.resolve("export.json");
        Files.writeString(in, "[{\"msg\":\"Scary times ahead.\",\"when\":\"2024-05-02 09:00\",\"who\":\"Cy\"},"
                + "{\"msg\":\"ok then\",\"when\":\"02.05.2024 10:00\",\"who\":\"Di\"}]");
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--text-column", "msg", "--time-column", "when",
                "--author-column", "who", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> rows = records(out);
        assertEquals(List.of("Cy", "Di"), rows.stream().map(x -> x.get("author")).toList());
        assertEquals("2024-05-02T10:00:00Z", rows.get(1).get("timestamp"));
        Object[] rep = ExtractBadInputTest.run("report", out.toString(), "--out", dir.resolve("report").toString());
        assertEquals(0, rep[0], (String) rep[1]);
        assertTrue(((String) rep[1]).contains("2 comments"), (String) rep[1]);
    }

    @Test
    void runTakesCommentFilesAndReportsThemLikePages() throws Exception {
        Path in = dir.resolve("comments.jsonl");
        Files.writeString(in, """
                {"id":"a","text":"This is scary stuff.","created_at":"2024-05-02 09:00","thread":"story-1","title":"Story one"}
                {"id":"b","text":"Thanks for the report.","created_at":"2024-05-02 11:30","thread":"story-1","title":"Story one"}
                {"id":"c","text":"What happens next worries me.","created_at":"2024-05-03 08:00","thread":"story-2","title":"Story two"}
                """);
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", in.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(3, records(out.resolve("scored.csv")).size());
        List<String> articles = records(out.resolve("reaction-by-article.csv")).stream().map(x -> x.get("article_id"))
                .toList();
        assertTrue(articles.contains("story-1") && articles.contains("story-2"), articles.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Story one") && html.contains("Story two"), "threads are the report's articles");
        Object[] mixed = ExtractBadInputTest.run("run", in.toString(), "seeds", "--out", dir.resolve("x").toString());
        assertEquals(2, mixed[0], "pages and comment files together are a usage error");
    }

    @Test
    void aCsvWithOtherColumnNamesIsMappedAndFormatCanBeForced() throws Exception {
        Path in = dir.resolve("export.csv");
        Files.writeString(in, "post,msg,when\n1,\"Worried about the flood\",2024-05-02 09:00\n2,fine,1714644000\n");
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--text-column", "msg", "--time-column", "when",
                "--id-column", "post", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> rows = records(out);
        assertEquals(List.of("1", "2"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("", rows.get(0).get("article_id"), "the id column is not guessed again as the article");
        assertEquals("2024-05-02T10:00:00Z", rows.get(1).get("timestamp"));
        Path txt = dir.resolve("comments.txt");
        Files.writeString(txt, "{\"text\":\"plain text named file\",\"id\":\"z\"}\n");
        r = ExtractBadInputTest.run("score", txt.toString(), "--format", "jsonl", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals("z", records(out).get(0).get("comment_id"));
        r = ExtractBadInputTest.run("score", txt.toString(), "--format", "yaml", "--out", out.toString());
        assertEquals(2, r[0]);
    }

    /**
     * A page's extracted comments and a JSON export scored together: files with different columns are all kept (the
     * output has every column, a row leaves its file's missing ones empty), and messages name the JSON file itself.
     */
    @Test
    void commentFilesWithDifferentColumnsAreScoredTogetherAndNothingIsDropped() throws Exception {
        Path extracted = dir.resolve("comments.csv");
        Object[] x = ExtractBadInputTest.run("extract", "seeds/000_17144ddd7cde3ebf.txt", "--out", extracted.toString());
        assertEquals(0, x[0], (String) x[1]);
        int fromPage = records(extracted).size();
        assertTrue(fromPage >= 8, "the seed page's comments: " + fromPage);
        Path export = dir.resolve("export.jsonl");
        Files.writeString(export, """
                {"id":"e1","text":"This is scary stuff.","created_at":"2024-05-02 09:00","thread":"story-1","title":"Story one"}
                {oops
                {"id":"e2","text":"Thanks for the report.","created_at":"2024-05-02 11:30","thread":"story-1","title":"Story one"}
                """);
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", extracted.toString(), export.toString(), "--out", out.toString(),
                "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], "the bad JSON line makes the exit 1\n" + err);
        assertTrue(err.contains("export.jsonl: line 2: not a JSON object"), err);
        assertFalse(err.contains("columns differ") || err.contains("pulse-json"), "no file is dropped, and none is named "
                + "by its converted copy: " + err);
        assertTrue(err.contains("export.jsonl: no source_file, article_published"), err);
        List<CSVRecord> rows = records(out.resolve("scored.csv"));
        assertEquals(fromPage + 2, rows.size(), "every comment of both files is scored");
        assertEquals(records(extracted).get(0).get("source_file"), rows.get(0).get("source_file"));
        CSVRecord e2 = rows.get(rows.size() - 1);
        assertEquals("e2", e2.get("comment_id"));
        assertEquals("", e2.get("source_file"), "a column the JSON file lacks is left empty");
        assertEquals("2024-05-02T11:30:00Z", e2.get("timestamp"));
        assertFalse(e2.get("concern").isEmpty());
        List<String> articles = records(out.resolve("reaction-by-article.csv")).stream().map(a -> a.get("article_id"))
                .toList();
        assertTrue(articles.contains("story-1") && articles.contains(rows.get(0).get("article_id")), articles.toString());
    }

    /** A folder of exports (no pages in it) is read as its comment files; a folder with pages stays pages. */
    @Test
    void aFolderOfExportsIsReadAsItsCommentFiles() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(exports.resolve("a.csv"), "id,text\nc1,This is worrying news.\n");
        Files.writeString(exports.resolve("b.jsonl"), "{\"id\":\"j1\",\"text\":\"Thanks for the report.\"}\n");
        Files.writeString(exports.resolve("notes.md"), "not an export");
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", exports.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("exports: no pages in it; reading its 2 comment files"), err);
        assertEquals(List.of("c1", "j1"), records(out.resolve("scored.csv")).stream().map(x -> x.get("comment_id")).toList());
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader rd = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
    }
}
