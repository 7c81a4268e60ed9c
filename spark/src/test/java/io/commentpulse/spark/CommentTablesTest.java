package io.commentpulse.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.commentpulse.spark.SparkRunMatchesPulseRunTest.MODEL;
import static io.commentpulse.spark.SparkRunMatchesPulseRunTest.TOP;
import static io.commentpulse.spark.SparkRunMatchesPulseRunTest.pulse;
import static io.commentpulse.spark.SparkRunMatchesPulseRunTest.spark;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comment tables on Spark: a real comments CSV (the comments pulse extracts from the seeds and pages-dev: quoted
 * newlines, doubled quotes, neutralised formulas, text that is not UTF-8) scored as pulse scores it, and the same
 * rows as Parquet.
 */
class CommentTablesTest {
    /** A comments CSV as pulse writes it, from real pages. */
    static Path realComments(Path tmp) {
        List<String> in = new ArrayList<>(SparkRunMatchesPulseRunTest.inputs());
        List<String> a = new ArrayList<>(List.of("extract"));
        a.addAll(in);
        a.addAll(List.of("--out", tmp.resolve("comments.csv").toString()));
        assertEquals(0, pulse(a.toArray(String[]::new)));
        return tmp.resolve("comments.csv");
    }

    @Test
    void aCommentsCsvGivesWhatPulseRunGives(@TempDir Path tmp) throws Exception {
        Path csv = realComments(tmp);
        String text = Files.readString(csv, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\"\""), "the fixture should hold doubled quotes");
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        int code = pulse("run", csv.toString(), "--out", a.toString(), "--model", MODEL.toString());
        assertEquals(code, spark("run", csv.toString(), "--out", b.toString(), "--model", MODEL.toString(),
                "--master", "local[2]"));
        assertEquals(List.of(), OutputComparison.differences(a, b));
        for (String f : List.of("scored.csv", "reaction-by-article.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** Tables whose columns differ are all kept, in pulse and on Spark alike: every column, a row's missing ones empty. */
    @Test
    void tablesWithDifferentColumnsGiveWhatPulseRunGives(@TempDir Path tmp) throws Exception {
        Path csv = realComments(tmp);
        Path other = tmp.resolve("other.csv");
        Files.writeString(other, "id,text,thread_title\nx1,This is worrying news for the region.,Summit\n"
                + "x2,\"Thanks, a clear write-up.\",Summit\n");
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        int code = pulse("run", csv.toString(), other.toString(), "--out", a.toString(), "--model", MODEL.toString());
        assertEquals(0, code);
        assertEquals(code, spark("run", csv.toString(), other.toString(), "--out", b.toString(), "--model",
                MODEL.toString(), "--master", "local[2]"));
        assertEquals(List.of(), OutputComparison.differences(a, b));
        String scored = Files.readString(b.resolve("scored.csv"));
        assertTrue(scored.lines().findFirst().orElseThrow().contains(",thread_title,"), "the second table's column");
        assertTrue(scored.lines().anyMatch(l -> l.startsWith("x2,") && l.contains("\"Thanks, a clear write-up.\",,Summit,")),
                "its rows are scored, with their own column");
    }

    @Test
    void parquetRowsAreScoredInTheirOrder(@TempDir Path tmp) throws Exception {
        Path csv = realComments(tmp);
        Path parquet = tmp.resolve("comments.parquet");
        SparkSession s = Sessions.open("local[1]", false);
        try {
            // a folder of several part files, each of several row groups, so that Spark reads it in several splits
            s.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(csv.toString())
                    .coalesce(1).write().option("parquet.block.size", "65536").option("maxRecordsPerFile", "500")
                    .parquet(parquet.toString());
        } finally {
            s.stop();
        }
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        pulse("run", csv.toString(), "--out", a.toString(), "--model", MODEL.toString());
        spark("run", parquet.toString(), "--out", b.toString(), "--model", MODEL.toString(), "--master", "local[2]");
        assertEquals(List.of(), OutputComparison.differences(a, b));
        assertTrue(OutputComparison.rows(b.resolve("scored.csv")) > 8);
        try (var files = Files.list(parquet)) {
            assertTrue(files.filter(f -> f.toString().endsWith(".parquet")).count() >= (Files.isDirectory(
                    SparkRunMatchesPulseRunTest.PAGES_DEV) ? 3 : 1), "part files");
        }
    }

    @Test
    void sparksDefaultCsvOptionsWouldMisreadTheseCommentsAndOursDoNot(@TempDir Path tmp) throws Exception {
        Path csv = realComments(tmp);
        long rows;
        try (var p = io.commentpulse.io.Csv.parse(csv)) {
            rows = p.getRecords().size();
        }
        SparkSession s = Sessions.open("local[1]", false);
        try {
            // Spark's defaults: backslash escape, one record per line
            long naive = s.read().option("header", "true").csv(csv.toString()).count();
            assertTrue(naive != rows, "with Spark's defaults the real comments would not read as " + rows + " rows");
            CommentTables.Read read = CommentTables.read(s, List.of(csv.toString()), java.time.ZoneOffset.UTC,
                    io.commentpulse.input.FieldMapping.guessAll(), io.commentpulse.extract.DataTimestamps.DateOrder.MDY,
                    new ArrayList<>());
            assertEquals(rows, read.rows().count());
            // and cell for cell: the texts Spark reads are the texts pulse reads
            int tc = read.textColumn();
            List<String> texts = read.rows().javaRDD().map(r -> CommentTables.text(r, tc)).collect();
            List<String> expected = new ArrayList<>();
            try (var p = io.commentpulse.io.Csv.parse(csv)) {
                p.forEach(r -> expected.add(io.commentpulse.io.Csv.unsafe(r.get("text"))));
            }
            assertEquals(expected, texts);
        } finally {
            s.stop();
        }
    }

    /**
     * A hand-made export whose texts are not quoted: a text's own commas are joined back, a row cut short is padded,
     * a row that cannot be told is named and left out, on Spark as in pulse (Spark's reader alone cuts the text at its
     * first comma and keeps the stray cell's row).
     */
    @Test
    void raggedRowsAreReadAsPulseReadsThem(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, "id,text,author\n"
                + "c1,Man, this is some scary stuff, and it keeps getting worse,Josh\n"
                + "c2,\"Quoted, as it should be\",Ann\n"
                + "c3,Nobody signed this one\n"
                + "c4,Thanks for the write-up,Bo,stray\n"
                + "c5,Good reporting,Cy\n");
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        assertEquals(1, pulse("run", csv.toString(), "--out", a.toString(), "--model", MODEL.toString()));
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = spark("run", csv.toString(), "--out", b.toString(), "--model", MODEL.toString(), "--master", "local[1]");
        } finally {
            System.setErr(old);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, code, said);
        assertTrue(said.contains("export.csv: row c4: expected 3 fields, found 4; skipped"), said);
        assertTrue(said.contains("export.csv: row c1: 2 fields more than the header: read as the text's own unquoted ','"),
                said);
        assertTrue(said.contains("export.csv: row c3: 1 field fewer than the header"), said);
        assertEquals(List.of(), OutputComparison.differences(a, b));
        assertArrayEquals(Files.readAllBytes(a.resolve("scored.csv")), Files.readAllBytes(b.resolve("scored.csv")));
        String scored = Files.readString(b.resolve("scored.csv"));
        assertTrue(scored.contains("c1,\"Man, this is some scary stuff, and it keeps getting worse\",Josh,"), scored);
        assertTrue(scored.contains("c3,Nobody signed this one,,"), scored);
        assertTrue(!scored.contains("c4,"), scored);
    }

    /**
     * Real comments as spreadsheets export them: semicolon-separated UTF-8 with a byte-order mark (a locale whose
     * decimal mark is a comma), and tab-separated UTF-16 ("Unicode text") saved as .csv: Spark reads both as pulse does.
     */
    @Test
    void spreadsheetExportsAreReadAsPulseReadsThem(@TempDir Path tmp) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var p = io.commentpulse.io.Csv.parse(realComments(tmp))) {
            for (var r : p) {
                if (rows.size() < 60) {
                    rows.add(List.of(r.get("comment_id"), io.commentpulse.io.Csv.unsafe(r.get("text"))));
                }
            }
        }
        Path semicolons = tmp.resolve("excel-de.csv");
        Path unicode = tmp.resolve("unicode.csv");
        write(semicolons, rows, ';', java.nio.charset.StandardCharsets.UTF_8, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        write(unicode, rows, '\t', java.nio.charset.StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE});
        for (Path in : List.of(semicolons, unicode)) {
            Path a = tmp.resolve("pulse-" + in.getFileName());
            Path b = tmp.resolve("spark-" + in.getFileName());
            assertEquals(0, pulse("run", in.toString(), "--out", a.toString(), "--model", MODEL.toString()));
            assertEquals(0, spark("run", in.toString(), "--out", b.toString(), "--model", MODEL.toString(),
                    "--master", "local[1]"), in.toString());
            assertArrayEquals(Files.readAllBytes(a.resolve("scored.csv")), Files.readAllBytes(b.resolve("scored.csv")),
                    in.toString());
            assertEquals(rows.size(), OutputComparison.rows(b.resolve("scored.csv")));
        }
    }

    /**
     * A spreadsheet's export of real comments whose columns are named otherwise (ID, Text, created_at, article, and a
     * desk column of its own): times and articles read as pulse reads them, the report's buckets and articles alike.
     */
    @Test
    void aTableWithColumnsNamedOtherwiseIsMappedAsPulseMapsIt(@TempDir Path tmp) throws Exception {
        // (an "Author" column of its own beside the comments CSV's "author": two columns, case and all, as in pulse)
        StringBuilder b = new StringBuilder("ID,Text,created_at,article,desk,Author\n");
        int n = 0;
        try (var p = io.commentpulse.io.Csv.parse(realComments(tmp))) {
            for (var r : p) {
                if (!r.get("timestamp").isEmpty() && n++ < 80) {
                    b.append(n % 7 == 0 ? "" : r.get("comment_id")).append(",\"")
                            .append(io.commentpulse.io.Csv.unsafe(r.get("text")).replace("\"", "\"\"")).append("\",")
                            .append(n % 11 == 0 ? "not a time" : r.get("timestamp"))
                            .append(',').append(r.get("article_id")).append(",desk").append(n % 3).append(",\"")
                            .append(r.get("author").replace("\"", "\"\"")).append("\"\n");
                }
            }
        }
        Path csv = tmp.resolve("export.csv");
        Files.writeString(csv, b.toString());
        Path a = tmp.resolve("pulse");
        Path s = tmp.resolve("spark");
        int code = pulse("run", csv.toString(), "--out", a.toString(), "--model", MODEL.toString(), "--zone", "Europe/Berlin");
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(code, spark("run", csv.toString(), "--out", s.toString(), "--model", MODEL.toString(),
                    "--master", "local[1]", "--zone", "Europe/Berlin"));
        } finally {
            System.setErr(old);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.contains("export.csv: fields used: id=ID, text=Text, time=created_at"), said);
        assertTrue(said.contains("time 'not a time' not read; kept without a time"), said);
        for (String f : List.of("scored.csv", "reaction-by-article.csv", "reaction-by-time.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(s.resolve(f)), f);
        }
        String scored = Files.readString(s.resolve("scored.csv"));
        assertTrue(scored.lines().findFirst().orElseThrow().startsWith("comment_id,article_id,article_title,timestamp,"),
                scored.lines().findFirst().orElseThrow());
        assertTrue(scored.contains("\nr7,"), "a row without an id is numbered as pulse numbers it");
    }

    @Test
    void columnsNamedByOptionsAndDayFirstDatesAreReadAsPulseReadsThem(@TempDir Path tmp) throws Exception {
        // an export from a European CMS: its own column names, which pulse does not guess, and day-first dates
        StringBuilder b = new StringBuilder("ref;msg;posted;story\n");
        int n = 0;
        try (var p = io.commentpulse.io.Csv.parse(realComments(tmp))) {
            for (var r : p) {
                String ts = r.get("timestamp");
                if (ts.length() >= 16 && n < 60) {
                    n++;
                    // 2024-04-03T10:15 -> 03/04/2024 10:15: day and month could be either
                    String dayFirst = ts.substring(8, 10) + "/" + ts.substring(5, 7) + "/" + ts.substring(0, 4) + " "
                            + ts.substring(11, 16);
                    b.append(r.get("comment_id")).append(";\"")
                            .append(io.commentpulse.io.Csv.unsafe(r.get("text")).replace("\"", "\"\"")).append("\";")
                            .append(dayFirst).append(';').append(r.get("article_id")).append('\n');
                }
            }
        }
        assertTrue(n >= 20, "real comments with times: " + n);
        Path csv = tmp.resolve("cms-export.csv");
        Files.writeString(csv, b.toString());
        String[] options = {"--text-column", "msg", "--id-column", "ref", "--time-column", "posted", "--article-column",
                "story", "--date-order", "dmy", "--model", MODEL.toString()};
        Path a = tmp.resolve("pulse");
        Path s = tmp.resolve("spark");
        List<String> pa = new ArrayList<>(List.of("run", csv.toString(), "--out", a.toString()));
        pa.addAll(List.of(options));
        List<String> sa = new ArrayList<>(List.of("run", csv.toString(), "--out", s.toString(), "--master", "local[1]"));
        sa.addAll(List.of(options));
        assertEquals(0, pulse(pa.toArray(String[]::new)));
        assertEquals(0, spark(sa.toArray(String[]::new)));
        for (String f : List.of("scored.csv", "reaction-by-article.csv", "reaction-by-time.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(s.resolve(f)), f);
        }
        // the day came first: every time written is the one the comment was extracted with
        Map<String, String> extracted = new HashMap<>();
        try (var p = io.commentpulse.io.Csv.parse(tmp.resolve("comments.csv"))) {
            for (var r : p) {
                extracted.put(r.get("comment_id"), r.get("timestamp"));
            }
        }
        int checked = 0;
        try (var p = io.commentpulse.io.Csv.parse(s.resolve("scored.csv"))) {
            for (var r : p) {
                assertEquals(extracted.get(r.get("comment_id")).substring(0, 16), r.get("timestamp").substring(0, 16),
                        r.get("comment_id"));
                checked++;
            }
        }
        assertEquals(n, checked);
        // and a --date-order that is neither is a usage error that changes nothing
        sa.set(sa.indexOf("dmy"), "ymd");
        assertEquals(2, spark(sa.toArray(String[]::new)));
        assertArrayEquals(Files.readAllBytes(a.resolve("scored.csv")), Files.readAllBytes(s.resolve("scored.csv")));
    }

    /**
     * Real comments in a table whose header leaves a column unnamed and names two "text" (a join of two exports): Spark
     * would name them _c1, text2 and text3 and find no text; read as pulse reads them, the first "text" is scored and
     * every column kept, byte for byte as pulse writes it.
     */
    @Test
    void columnsWithoutANameOrNamedAlikeAreReadAsPulseReadsThem(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("joined.csv");
        int n = 0;
        try (var p = io.commentpulse.io.Csv.parse(realComments(tmp));
             var w = io.commentpulse.io.Csv.printer(Files.newBufferedWriter(in), "id", "", "text", "text")) {
            for (var r : p) {
                if (n++ < 40) {
                    w.printRecord(r.get("comment_id"), r.get("author"), r.get("text"), r.get("timestamp_raw"));
                }
            }
        }
        Path a = tmp.resolve("pulse");
        Path s = tmp.resolve("spark");
        assertEquals(0, pulse("run", in.toString(), "--out", a.toString(), "--model", MODEL.toString()));
        assertEquals(0, spark("run", in.toString(), "--out", s.toString(), "--model", MODEL.toString(),
                "--master", "local[1]"));
        assertArrayEquals(Files.readAllBytes(a.resolve("scored.csv")), Files.readAllBytes(s.resolve("scored.csv")));
        assertEquals(40, OutputComparison.rows(s.resolve("scored.csv")));
        assertTrue(Files.readString(s.resolve("scored.csv")).startsWith("comment_id,column_2,text,text_2,"));
    }

    private static void write(Path f, List<List<String>> rows, char sep, java.nio.charset.Charset cs, byte[] bom)
            throws Exception {
        StringBuilder b = new StringBuilder("id" + sep + "text\n");
        for (List<String> r : rows) {
            b.append(r.get(0)).append(sep).append('"').append(r.get(1).replace("\"", "\"\"")).append("\"\n");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(bom);
        out.write(b.toString().getBytes(cs));
        Files.write(f, out.toByteArray());
    }

    @Test
    void aTableWithoutTextIsNamedAndNothingIsReplaced(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "id,score\n1,5\n");   // (a "body" column would be read as the text, as pulse reads it)
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("scored.csv"), "previous");
        assertEquals(1, spark("run", bad.toString(), "--out", out.toString(), "--model", MODEL.toString(),
                "--master", "local[1]"));
        assertEquals("previous", Files.readString(out.resolve("scored.csv")));
        assertEquals(2, spark("run", bad.toString(), TOP.resolve("seeds").toString(), "--out", out.toString()));
    }
}
