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

/** Issue 19: the main job on the seeds with --explain gives the words behind each comment's concern, in CSV and report. */
class RunExplainTest {
    @Test
    void seedRunWithExplainShowsTheWordsBehindEachComment(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", "seeds", "--out", out.toString(), "--explain", "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> rows;
        try (Reader rd = Files.newBufferedReader(out.resolve("scored.csv"))) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd).getRecords();
        }
        assertEquals(8, rows.size(), "the eight comments under seed 000");
        for (CSVRecord row : rows) {
            assertTrue(row.get("concern_because").matches("(\\S.*\\([+-]\\d\\.\\d\\d\\)\\s?)+"),
                    "words behind concern for: " + row.get("text") + " -> " + row.get("concern_because"));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Words behind concern, per article"), "per-article driving words");
        assertTrue(html.contains("<u class=\"up\""), "driving words marked inline");
        String list = html.substring(html.indexOf("<ol class=\"because\">"), html.indexOf("</ol>", html.indexOf("<ol class=\"because\">")));
        assertEquals(8, list.split("<li").length - 1, "each of the 8 comments listed with the words behind its concern");
    }
}
