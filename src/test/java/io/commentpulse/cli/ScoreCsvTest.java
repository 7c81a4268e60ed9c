package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse score} on a labeled CSV with the shipped model: columns pass through, bad rows are named. */
class ScoreCsvTest {
    @TempDir
    Path dir;

    /**
     * A spreadsheet's export whose parts are named otherwise (ID, Text, created_at, article): its times and articles are
     * read without any --*-column option, and its other columns pass through.
     */
    @Test
    void aSpreadsheetsColumnsForTimeAndArticleAreReadAndTheOthersKept() throws Exception {
        Path in = dir.resolve("export.csv");
        Files.writeString(in, "ID,Text,created_at,article,desk\n"
                + "1,This worries me a lot,2024-05-02 09:00,a1,metro\n"
                + "2,Good news for once,2024-05-03 10:30,a2,sports\n"
                + "3,What happens to the kids now?,2024-05-03 11:00,a2,sports\n");
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", in.toString(), "--out", out.toString(), "--zone", "Europe/Berlin",
                "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> scored = records(out.resolve("scored.csv"));
        assertEquals(3, scored.size());
        assertEquals("2024-05-02T09:00:00+02:00", scored.get(0).get("timestamp"));
        assertEquals("a2", scored.get(2).get("article_id"));
        assertEquals("sports", scored.get(2).get("desk"));
        List<CSVRecord> articles = records(out.resolve("reaction-by-article.csv"));
        assertEquals(List.of("a1", "a2"), articles.stream().map(a -> a.get("article_id")).sorted().toList());
    }

    /**
     * A spreadsheet's "Unicode text" export (UTF-16 with its byte-order mark, tab-separated) is read as such; saved
     * as .txt it is taken for a copied page, and the run says how to read it as comments.
     */
    @Test
    void aUnicodeTextExportIsReadAndATableSavedAsTxtIsSaidSo() throws Exception {
        String table = "id\ttext\n1\tÜberall Baustellen, ich mache mir Sorgen\n2\tFinally some good news\n";
        byte[] body = table.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Path tsv = dir.resolve("export.tsv");
        Files.write(tsv, utf16);
        Path out = dir.resolve("s.csv");
        Object[] r = ExtractBadInputTest.run("score", tsv.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> rows = records(out);
        assertEquals(2, rows.size());
        assertEquals("Überall Baustellen, ich mache mir Sorgen", rows.get(0).get("text"));
        Path txt = dir.resolve("export.txt");
        Files.write(txt, utf16);
        r = ExtractBadInputTest.run("run", txt.toString(), "--out", dir.resolve("run").toString(), "--no-progress");
        assertTrue(((String) r[1]).contains("reads like the header of a table of comments: name the file .csv or .tsv"),
                (String) r[1]);
    }

    /** Issue 16, item 7: control characters never reach an output, and a comment of nothing visible is not scored. */
    @Test
    void controlCharactersAreStrippedAndANulOnlyCommentIsNotScored() throws Exception {
        Path in = dir.resolve("nul.csv");
        Files.writeString(in, "id,text\na,\u0000\u0000\u0000\nb,\"I'm worried\u0000 about\u0007 this\u0085\"\n"
                + "c,\u200B\u0001 \n");
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("nul.csv: line 2: no visible text"), (String) r[1]);
        String written = Files.readString(out);
        for (char c : new char[]{0, 7, 1, 0x85}) {
            assertTrue(written.indexOf(c) < 0, "control character " + (int) c + " written");
        }
        List<CSVRecord> rows = records(out);
        assertEquals("", rows.get(0).get("concern"), "NUL-only comment not scored");
        assertEquals("I'm worried about this", rows.get(1).get("text"));
        assertFalse(rows.get(1).get("concern").isEmpty());
        assertEquals("", rows.get(2).get("concern"), "zero-width and control characters only: not scored");
    }

    /** Issue 16, item 3: a malformed quote costs its own record, not every later one, wherever it sits. */
    @Test
    void aMalformedQuoteCostsOneRecordAtTheStartMiddleOrEnd() throws Exception {
        String good = "Glad the bridge reopened, well done everyone.";
        for (String where : new String[]{"start", "middle", "end"}) {
            StringBuilder csv = new StringBuilder("id,text\n");
            for (int i = 1; i <= 9; i++) {
                boolean bad = where.equals("start") && i == 1 || where.equals("middle") && i == 5 || where.equals("end") && i == 9;
                csv.append(i).append(bad ? ",\"I'm worried \"about\" this\" really,\n" : ",\"" + good + " " + i + "\"\n");
            }
            if (where.equals("middle")) {
                csv.append("10,\"an unterminated quote that never ends\n11,\"").append(good).append(" 11\"\n");
            }
            Path in = dir.resolve(where + ".csv");
            Files.writeString(in, csv.toString());
            Path out = dir.resolve(where + "-scored.csv");
            Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
            String err = (String) r[1];
            assertEquals(1, r[0], err);
            List<String> ids = records(out).stream().map(x -> x.get("comment_id")).toList();
            int badLine = where.equals("start") ? 2 : where.equals("middle") ? 6 : 10;
            assertTrue(err.contains(where + ".csv: line " + badLine + ": malformed CSV record"), err);
            assertEquals(8 + (where.equals("middle") ? 1 : 0), ids.size(), where + ": " + ids + "\n" + err);
            if (where.equals("middle")) {
                assertTrue(err.contains("middle.csv: line 11: malformed CSV record"), "the unterminated quote: " + err);
                assertTrue(ids.contains("11"), "the record after an unterminated quote is kept: " + ids);
            }
        }
    }

    /** Issue 16, item 1: a mistyped input path must not turn yesterday's good scored.csv into a header-only file. */
    @Test
    void aMistypedInputLeavesTheGoodPreviousOutputAlone() throws Exception {
        Path out = dir.resolve("scored.csv");
        String good = "comment_id,text,sentiment,p_negative,p_neutral,p_positive,sentiment_score,concern\n"
                + "a,fine,neutral,0.1,0.8,0.1,0.0,0.1\n";
        Files.writeString(out, good);
        Object[] r = ExtractBadInputTest.run("score", dir.resolve("typo.csv").toString(), "--out", out.toString(),
                "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("typo.csv: no such file") && err.contains("was not written"), err);
        assertEquals(good, Files.readString(out));
    }

    @Test
    void labeledCsvKeepsItsLabelsBesideTheScores() throws Exception {
        Path in = dir.resolve("labeled.csv");
        Files.writeString(in, """
                id,text,sentiment,concern
                a,"I'm really worried about what this means for my kids, this is scary.",negative,1
                b,"Love this, what a wonderful and fair article!",positive,0
                c,"broken row with too many fields",neutral,0,extra
                d,"=HYPERLINK(""http://x"") the meeting was held on Tuesday.",neutral,0
                """);
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("labeled.csv: line 4: expected 4 fields, found 5"), err);
        assertTrue(err.contains("input column sentiment is written as input_sentiment"), err);
        List<CSVRecord> rows = records(out);
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertEquals(List.of("comment_id", "text", "input_sentiment", "input_concern", "sentiment", "p_negative",
                "p_neutral", "p_positive", "sentiment_score", "concern", "concerned"), header);
        assertEquals(header.size(), new HashSet<>(header).size());
        assertEquals(List.of("a", "b", "d"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("negative", rows.get(0).get("input_sentiment"));
        assertEquals("negative", rows.get(0).get("sentiment"));
        assertEquals("positive", rows.get(1).get("sentiment"));
        assertTrue(Double.parseDouble(rows.get(0).get("concern")) > 0.5, rows.get(0).get("concern"));
        assertTrue(Double.parseDouble(rows.get(1).get("concern")) < 0.1, rows.get(1).get("concern"));
        assertTrue(rows.get(2).get("text").startsWith("'=HYPERLINK"), rows.get(2).get("text"));
        for (CSVRecord row : rows) {
            double sum = Double.parseDouble(row.get("p_negative")) + Double.parseDouble(row.get("p_neutral"))
                    + Double.parseDouble(row.get("p_positive"));
            assertEquals(1.0, sum, 0.001);
            assertEquals(Double.parseDouble(row.get("p_positive")) - Double.parseDouble(row.get("p_negative")),
                    Double.parseDouble(row.get("sentiment_score")), 0.0002);
        }
    }

    /**
     * A hand-made export that does not quote its texts: each reader's own commas split the text (seeds/000's comments),
     * and every such row was skipped before ("expected 3 fields, found 4"). Now the text takes them back, the author
     * stays the author, and the rows are scored; a row cut short after its text is kept with its last cells empty.
     */
    @Test
    void unquotedTextsWithTheirOwnCommasAreScoredWhole() throws Exception {
        Path in = dir.resolve("export.csv");
        Files.writeString(in, """
                id,text,author
                c1,Man, this is some scary stuff. Why meet at a launch facility? Pretty obvious they’re talking more than just politics.,Josh
                c2,What concerns me is the timing. North Korea fires missiles just before this big meeting. Sounds like they’re making a point, and its not a good one.,Alexis
                c3,"Quoted, and cut short after its text"
                c4,"Quoted, then a cell too many",Ann,extra
                """);
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);   // c4 cannot be told, and is skipped
        assertTrue(err.contains("export.csv: line 2: 1 field more than the header: read as the text's own unquoted ','"), err);
        assertTrue(err.contains("export.csv: line 4: 1 field fewer than the header"), err);
        assertTrue(err.contains("export.csv: line 5: expected 3 fields, found 4; skipped"), err);
        List<CSVRecord> rows = records(out);
        assertEquals(List.of("c1", "c2", "c3"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertTrue(rows.get(0).get("text").startsWith("Man, this is some scary stuff."), rows.get(0).get("text"));
        assertEquals("Josh", rows.get(0).get("author"));
        assertTrue(rows.get(1).get("text").endsWith("making a point, and its not a good one."), rows.get(1).get("text"));
        assertEquals("Alexis", rows.get(1).get("author"));
        assertEquals("", rows.get(2).get("author"));
        for (CSVRecord row : rows) {
            assertFalse(row.get("concern").isEmpty(), row.get("comment_id"));
        }
    }

    @Test
    void rowsWithEmptyTextAreKeptUnscoredAndTheReportLeavesThemOut() throws Exception {
        Path in = dir.resolve("comments.csv");
        Files.writeString(in, """
                id,text,source
                1,"This is frightening, I fear for my family's safety.",web
                2,,web
                3,"   ",app
                4,"Great news for the town, well done everyone!",app
                """);
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("comments.csv: line 3: no visible text"), err);
        assertTrue(err.contains("comments.csv: line 4: no visible text"), err);
        assertTrue(err.contains("2 rows with no visible text were not scored"), err);
        assertTrue(err.contains("2 comments scored"), err);
        List<CSVRecord> rows = records(out);
        assertEquals(List.of("1", "2", "3", "4"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals(List.of("app", "app"), rows.subList(2, 4).stream().map(x -> x.get("source")).toList());
        for (String col : List.of("sentiment", "p_negative", "p_neutral", "p_positive", "sentiment_score", "concern")) {
            assertEquals("", rows.get(1).get(col), col);
            assertEquals("", rows.get(2).get(col), col);
        }
        assertTrue(Double.parseDouble(rows.get(0).get("concern")) > 0.5, rows.get(0).get("concern"));
        assertEquals("positive", rows.get(3).get("sentiment"));

        Object[] rep = ExtractBadInputTest.run("report", out.toString(), "--out", dir.resolve("report").toString());
        assertEquals(0, rep[0], (String) rep[1]);
        assertTrue(((String) rep[1]).contains("2 rows without a score (empty text) left out"), (String) rep[1]);
        assertTrue(((String) rep[1]).contains("2 comments"), (String) rep[1]);

        Path queue = dir.resolve("queue.csv");
        Object[] lq = ExtractBadInputTest.run("label-queue", out.toString(), "--out", queue.toString());
        assertEquals(0, lq[0], (String) lq[1]);
        assertTrue(((String) lq[1]).contains("2 rows without a score (empty text) left out"), (String) lq[1]);
        assertEquals(List.of("1", "4"), records(queue).stream().map(x -> x.get("id")).sorted().toList());
    }

    @Test
    void aSpreadsheetExportWithAByteOrderMarkAndAWindows1252FileAreBothScoredRowByRow() throws Exception {
        Path excel = dir.resolve("excel.csv");
        byte[] body = "id,text\n1,\"I'm worried sick about the flooding, we can't sleep.\"\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(excel, bom);
        Files.write(excel, body, StandardOpenOption.APPEND);
        Path cp1252 = dir.resolve("cp1252.csv");
        Files.write(cp1252, "id,text\n2,Great caf\u00e9 and a lovely story\n3,Nice\n".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", excel.toString(), cp1252.toString(), "--out", out.toString(),
                "--no-progress");
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("cp1252.csv: line 2: text has bytes that are not UTF-8"), err);
        assertTrue(!err.contains("line 3"), err);
        List<CSVRecord> rows = records(out);
        assertEquals("comment_id", rows.get(0).getParser().getHeaderNames().get(0));
        assertEquals(List.of("1", "2", "3"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("Great caf\uFFFD and a lovely story", rows.get(1).get("text"));
        assertTrue(Double.parseDouble(rows.get(0).get("concern")) > 0.5, rows.get(0).get("concern"));
    }

    /**
     * A table of real comments (the seeds' own, extracted) whose header names no second column and names two columns
     * "text" (a join of two exports): nothing is refused or lost. The first "text" is what is scored, exactly as the
     * clean table's text is; the unnamed column passes through as column_2 and the second "text" as text_2; each
     * renamed column is named in one line.
     */
    @Test
    void aHeaderWithAColumnWithoutANameAndTwoNamedAlikeLosesNoColumn() throws Exception {
        Path comments = dir.resolve("comments.csv");
        Object[] e = ExtractBadInputTest.run("extract", "seeds", "--out", comments.toString(), "--no-progress");
        assertEquals(0, e[0], (String) e[1]);
        List<CSVRecord> seeds = records(comments);
        assertTrue(seeds.size() >= 8, "seed comments: " + seeds.size());
        Path cleanIn = dir.resolve("clean.csv");
        Path oddIn = dir.resolve("joined.csv");
        try (var clean = io.commentpulse.io.Csv.printer(Files.newBufferedWriter(cleanIn), "id", "text");
             var odd = io.commentpulse.io.Csv.printer(Files.newBufferedWriter(oddIn), "id", "", "text", "text")) {
            for (CSVRecord c : seeds) {
                clean.printRecord(c.get("comment_id"), c.get("text"));
                odd.printRecord(c.get("comment_id"), c.get("author"), c.get("text"), c.get("timestamp_raw"));
            }
        }
        Path cleanOut = dir.resolve("clean-scored.csv");
        Path oddOut = dir.resolve("joined-scored.csv");
        assertEquals(0, ExtractBadInputTest.run("score", cleanIn.toString(), "-o", cleanOut.toString(), "--no-progress")[0]);
        Object[] r = ExtractBadInputTest.run("score", oddIn.toString(), "-o", oddOut.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        String err = (String) r[1];
        assertTrue(err.contains(oddIn + ": header: column 2 has no name: read as column_2"), err);
        assertTrue(err.contains(oddIn + ": header: column 4 has the name text of column 3: read as text_2"), err);
        assertEquals(2, err.lines().filter(l -> l.contains(": header: ")).count(), "one line per renamed column: " + err);
        List<CSVRecord> a = records(cleanOut);
        List<CSVRecord> b = records(oddOut);
        assertEquals(List.of("comment_id", "column_2", "text", "text_2"), b.get(0).getParser().getHeaderNames().subList(0, 4));
        assertEquals(seeds.size(), b.size());
        for (int i = 0; i < seeds.size(); i++) {
            assertEquals(a.get(i).get("text"), b.get(i).get("text"));
            assertEquals(a.get(i).get("concern"), b.get(i).get("concern"));
            assertEquals(a.get(i).get("sentiment"), b.get(i).get("sentiment"));
            assertEquals(seeds.get(i).get("author"), b.get(i).get("column_2"));
            assertEquals(seeds.get(i).get("timestamp_raw"), b.get(i).get("text_2"));
        }
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader rd = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd)) {
            return p.getRecords();
        }
    }
}
