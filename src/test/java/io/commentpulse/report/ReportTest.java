package io.commentpulse.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    @TempDir
    Path dir;

    static final String HEADER = "comment_id,article_id,source_file,article_title,article_published,author,timestamp,"
            + "timestamp_raw,reply_to,text,quote,sentiment,p_negative,p_neutral,p_positive,sentiment_score,concern\n";

    private List<CSVRecord> rows(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void hourlyBucketsFillGapsAndCountUndated() throws Exception {
        Path scored = dir.resolve("scored.csv");
        Files.writeString(scored, HEADER
                + "c1,a1,p.html,Summit,2023-09-13T15:51Z,Ann,2023-09-13T20:16Z,x,,fine,,positive,0.1,0.1,0.8,0.7,0.2\n"
                + "c2,a1,p.html,Summit,2023-09-13T15:51Z,Bob,2023-09-13T20:59Z,x,,bad,,negative,0.9,0.05,0.05,-0.85,0.9\n"
                + "c3,a1,p.html,Summit,2023-09-13T15:51Z,Cy,2023-09-13T22:00Z,x,,meh,,neutral,0.2,0.6,0.2,0,0.6\n"
                + "c4,a1,p.html,Summit,2023-09-13T15:51Z,Di,,yesterday,,old,,neutral,0.2,0.6,0.2,0,0.1\n");
        Aggregator agg = ReportBuilder.build(scored, dir.resolve("r"), "hour", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream())).aggregate();
        assertEquals(BucketSize.HOUR, agg.bucket());
        List<CSVRecord> t = rows(dir.resolve("r").resolve(ReactionTables.BY_TIME)).stream()
                .filter(r -> r.get("article_id").equals("a1")).toList();
        assertEquals(List.of("2023-09-13T20:00Z", "2023-09-13T21:00Z", "2023-09-13T22:00Z", ""),
                t.stream().map(r -> r.get("bucket_start")).toList());
        assertEquals(List.of("2", "0", "1", "1"), t.stream().map(r -> r.get("comments")).toList());
        assertEquals("-0.0750", t.get(0).get("mean_sentiment_score"));
        assertEquals("0.5500", t.get(0).get("mean_concern"));
        assertEquals("0.5000", t.get(0).get("share_concerned"));
        assertEquals("4.1500", t.get(0).get("hours_since_published"));
        assertEquals("undated", t.get(3).get("bucket"));
        assertEquals("4", t.get(3).get("cumulative_comments"));
        CSVRecord a = rows(dir.resolve("r").resolve(ReactionTables.BY_ARTICLE)).get(0);
        assertEquals("4", a.get("comments"));
        assertEquals("c2", a.get("most_concerned_id"));
        assertEquals("5.1333", a.get("median_hours_after_published")); // delays 4.42, 5.13, 6.15 h
    }

    /**
     * A date-only publication gives days, not hours; a comment dated by day alone is counted in its day's date-only
     * row, which follows that day's last hour bucket, so the running count holds at the end of each day.
     */
    @Test
    void datesAloneAreCountedByDay() throws Exception {
        Path scored = dir.resolve("dates.csv");
        Files.writeString(scored, HEADER
                + "c1,a1,p.html,Summit,2023-09-13,Ann,2023-09-13T22:16Z,x,,fine,,positive,0.1,0.1,0.8,0.7,0.2\n"
                + "c2,a1,p.html,Summit,2023-09-13,Bob,2023-09-13,\"Sep 13, 2023\",,bad,,negative,0.9,0.05,0.05,-0.85,0.9\n"
                + "c3,a1,p.html,Summit,2023-09-13,Cy,2023-09-14T01:30Z,x,,meh,,neutral,0.2,0.6,0.2,0,0.6\n");
        ReportBuilder.build(scored, dir.resolve("d"), "hour", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream()));
        List<CSVRecord> t = rows(dir.resolve("d").resolve(ReactionTables.BY_TIME)).stream()
                .filter(r -> r.get("article_id").equals("a1")).toList();
        assertEquals(List.of("2023-09-13T22:00Z", "2023-09-13T23:00Z", "2023-09-13", "2023-09-14T00:00Z", "2023-09-14T01:00Z"),
                t.stream().map(r -> r.get("bucket_start")).toList());
        assertEquals(List.of("hour", "hour", "date-only", "hour", "hour"), t.stream().map(r -> r.get("bucket")).toList());
        assertEquals(List.of("1", "1", "2", "2", "3"), t.stream().map(r -> r.get("cumulative_comments")).toList());
        assertEquals(List.of("0", "0", "0", "1", "1"), t.stream().map(r -> r.get("days_since_published")).toList());
        assertTrue(t.stream().allMatch(r -> r.get("hours_since_published").isEmpty()), "no hours from a midnight never stated");
        CSVRecord a = rows(dir.resolve("d").resolve(ReactionTables.BY_ARTICLE)).get(0);
        assertEquals("2023-09-13", a.get("article_published"));
        assertEquals("2023-09-13", a.get("first_comment"));
        assertEquals("", a.get("median_hours_after_published"));
        assertEquals("0.0000", a.get("median_days_after_published"));
    }

    @Test
    void hundredThousandCommentsAggregateExactly() throws Exception {
        Path scored = dir.resolve("big.csv");
        long start = java.time.OffsetDateTime.parse("2023-01-01T00:00Z").toEpochSecond();
        try (var w = Files.newBufferedWriter(scored)) {
            w.write(HEADER);
            for (int i = 0; i < 100_000; i++) {
                String ts = i % 100 == 99 ? "" : java.time.Instant.ofEpochSecond(start + (i % 10) * 86_400L + i % 3600)
                        .atOffset(java.time.ZoneOffset.UTC).toString();
                String sentiment = i % 2 == 0 ? "negative,0.8,0.1,0.1,-0.7" : "positive,0.1,0.1,0.8,0.7";
                w.write("c" + i + ",a" + (i % 3) + ",p.html,T" + (i % 3) + ",2022-12-31T12:00Z,x," + ts + ",,,t,," + sentiment
                        + "," + (i % 4 == 0 ? "0.9" : "0.1") + "\n");
            }
        }
        Aggregator agg = ReportBuilder.build(scored, dir.resolve("big"), "day", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream())).aggregate();
        assertEquals(100_000, agg.all().total().comments());
        assertEquals(1_000, agg.all().undated().comments());
        assertEquals(10, agg.filled(agg.all()).size());
        assertEquals(0.0, agg.all().total().meanSentiment(), 1e-9);
        assertEquals(0.25, agg.all().total().shareConcerned(), 1e-9);
        List<CSVRecord> all = rows(dir.resolve("big").resolve(ReactionTables.BY_TIME)).stream()
                .filter(r -> r.get("article_id").equals(Aggregator.ALL)).toList();
        assertEquals(11, all.size(), "10 days and the undated row");
        assertEquals("100000", all.get(10).get("cumulative_comments"));
        assertEquals(3, rows(dir.resolve("big").resolve(ReactionTables.BY_ARTICLE)).size());
    }

    @Test
    void singleCommentMakesOneBucket() throws Exception {
        Path scored = dir.resolve("one.csv");
        Files.writeString(scored, HEADER + "c1,a1,p.html,T,,x,2023-09-13T20:16Z,x,,hi,,neutral,0.1,0.8,0.1,0,0.1\n");
        Aggregator agg = ReportBuilder.build(scored, dir.resolve("one"), "auto", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream())).aggregate();
        assertEquals(BucketSize.MIN15, agg.bucket());
        assertEquals(1, agg.filled(agg.all()).size());
        assertEquals("2023-09-13T20:15Z", agg.filled(agg.all()).firstKey().toOffsetDateTime().toString());
    }

    @Test
    void dstAndZonesAlignBucketsToLocalTime() {
        var t = java.time.OffsetDateTime.parse("2023-03-26T01:30Z"); // 03:30 CEST, just after the spring change
        assertEquals("2023-03-26T03:00+02:00[Europe/Berlin]", BucketSize.HOUR.floor(t, ZoneId.of("Europe/Berlin")).toString());
        assertEquals("2023-03-26T00:00+01:00[Europe/Berlin]", BucketSize.DAY.floor(t, ZoneId.of("Europe/Berlin")).toString());
    }

    @Test
    void fallBackNightHasTwoBucketsAtTwoOClock() throws Exception {
        Path scored = dir.resolve("dst.csv");
        Files.writeString(scored, HEADER
                + "c1,a1,p.html,T,,x,2023-10-28T22:30Z,x,,a,,neutral,0.1,0.8,0.1,0,0.1\n"    // 00:30 CEST
                + "c2,a1,p.html,T,,x,2023-10-29T02:30Z,x,,b,,neutral,0.1,0.8,0.1,0,0.1\n");  // 03:30 CET
        Aggregator agg = ReportBuilder.build(scored, dir.resolve("dst"), "hour", ZoneId.of("Europe/Berlin"), 0.5,
                ReportBuilder.none(), new PrintStream(PrintStream.nullOutputStream())).aggregate();
        assertEquals(List.of("2023-10-29T00:00+02:00", "2023-10-29T01:00+02:00", "2023-10-29T02:00+02:00",
                        "2023-10-29T02:00+01:00", "2023-10-29T03:00+01:00"),
                agg.filled(agg.all()).keySet().stream().map(z -> z.toOffsetDateTime().toString()).toList());
    }

    /** The report.html of a scored CSV of these rows (after the header), built with UTC buckets of this size. */
    private String reportOf(String bucket, String rows) throws Exception {
        Path scored = dir.resolve("scored.csv");
        Files.writeString(scored, HEADER + rows);
        ReportBuilder.build(scored, dir.resolve("r"), bucket, ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream()));
        return Files.readString(dir.resolve("r").resolve(HtmlReport.FILE));
    }

    /** Issue 16, item 14 (and the note of item 13): the hours chart stays readable with many articles and outliers. */
    @Test
    void hoursChartDrawsTheTopArticlesInDistinctColoursClipsOutliersAndNotesEarlyComments() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int a = 0; a < 10; a++) {
            for (int c = 0; c <= 10 - a; c++) {
                rows.append(String.format(java.util.Locale.ROOT,
                        "c%d-%d,a%d,p%d.html,Story %d,2023-09-13T10:00Z,x,2023-09-13T%02d:30Z,x,,fine,,neutral,0.1,0.8,0.1,0,0.2%n",
                        a, c, a, a, a, 11 + c));
            }
        }
        rows.append("late,a0,p0.html,Story 0,2023-09-13T10:00Z,x,2024-01-01T10:30Z,x,,late,,neutral,0.1,0.8,0.1,0,0.2\n");
        rows.append("early,a1,p1.html,Story 1,2023-09-13T10:00Z,x,2023-09-12T08:30Z,x,,early,,neutral,0.1,0.8,0.1,0,0.2\n");
        String html = reportOf("hour", rows.toString());
        String section = html.substring(html.indexOf("Reaction by hours since publication"), html.indexOf("Articles side by side"));
        assertTrue(section.contains("The 8 articles with most comments; 2 more are in the table below."), section);
        assertTrue(section.contains("later buckets are not drawn"), "the December straggler is clipped");
        assertTrue(section.contains("1 buckets lie before their article's publish time"), "the early comment is noted");
        java.util.regex.Matcher swatches = java.util.regex.Pattern.compile("class=\"swatch\" style=\"background:#([0-9a-f]{6})\"")
                .matcher(section);
        java.util.Set<String> colours = new java.util.HashSet<>();
        int lines = 0;
        while (swatches.find()) {
            java.awt.Color c = java.awt.Color.decode("#" + swatches.group(1));
            // the line's style is a class of the page (defined once in its head), used in this section
            java.util.regex.Matcher rule = java.util.regex.Pattern.compile("\\.(jf\\d+)\\{[^}]*stroke:rgb\\(" + c.getRed() + ","
                    + c.getGreen() + "," + c.getBlue() + "\\)").matcher(html.substring(0, html.indexOf("</head>")));
            assertTrue(rule.find() && section.contains("class='" + rule.group(1) + "'"), "a line drawn in " + swatches.group(1));
            colours.add(swatches.group(1));
            lines++;
        }
        assertEquals(8, lines, "one line per drawn article");
        assertEquals(8, colours.size(), "no colour repeats");
    }

    /** Issue 16, item 11: day ticks over a span of years say the year. */
    @Test
    void dayTicksOverSeveralYearsShowTheYear() throws Exception {
        String html = reportOf("day",
                "c1,a1,p.html,Summit,,Ann,2021-03-26T20:16Z,x,,calm,,neutral,0.1,0.8,0.1,0,0.01\n"
                + "c2,a1,p.html,Summit,,Bob,2022-05-28T20:59Z,x,,cross,,negative,0.7,0.2,0.1,-0.6,0.3\n");
        java.util.regex.Pattern year = java.util.regex.Pattern.compile(">[^<]*\\b(2021|2022)</text>");
        java.util.regex.Matcher ticks = year.matcher(html);
        java.util.Set<String> years = new java.util.HashSet<>();
        while (ticks.find()) {
            years.add(ticks.group(1));
        }
        assertEquals(java.util.Set.of("2021", "2022"), years, "ticks with years");
    }

    /** Issue 16, item 16: the tables name only comments that are what they say (concerned at the threshold, ...). */
    @Test
    void topTablesListOnlyCommentsAtTheThresholdOrOfTheirSentiment() throws Exception {
        String html = reportOf("hour",
                "c1,a1,p.html,Summit,,Ann,2023-09-13T20:16Z,x,,calm,,neutral,0.1,0.8,0.1,0,0.01\n"
                + "c2,a1,p.html,Summit,,Bob,2023-09-13T20:59Z,x,,cross,,negative,0.7,0.2,0.1,-0.6,0.3\n");
        assertTrue(html.contains("No comment has concern at or above the threshold (0.50)."), "concerned table");
        assertTrue(html.contains("No comment reads as positive."), "positive table");
        String concerned = html.substring(html.indexOf("Most concerned comments"), html.indexOf("Most negative comments"));
        assertFalse(concerned.contains("calm") || concerned.contains("cross"), concerned);
        CSVRecord a = rows(dir.resolve("r").resolve(ReactionTables.BY_ARTICLE)).get(0);
        assertEquals("", a.get("most_concerned_id"));
        assertEquals("c2", a.get("most_negative_id"));
        assertEquals("", a.get("most_positive_id"), "a neutral comment is not the most positive one");
    }

    @Test
    void hostileCommentIsInertInHtmlAndNeutralisedInCsv() throws Exception {
        String hostile = "<script>alert(1)</script> =HYPERLINK(\"http://x\") مرحبا 😱 " + "x".repeat(1_000_000);
        Path scored = dir.resolve("scored.csv");
        try (var w = Files.newBufferedWriter(scored)) {
            w.write(HEADER);
            w.write("c1,a1,p.html,\"<b>Title</b>\",,\"=cmd|' /C calc'!A0\",2023-09-13T20:16Z,x,,\""
                    + hostile.replace("\"", "\"\"") + "\",,negative,0.9,0.05,0.05,-0.85,0.9\n");
        }
        ReportBuilder.build(scored, dir.resolve("r"), "auto", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream()));
        String html = Files.readString(dir.resolve("r").resolve(HtmlReport.FILE));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;b&gt;Title&lt;/b&gt;"));
        assertTrue(html.contains("😱") && html.contains("مرحبا"));
        CSVRecord a = rows(dir.resolve("r").resolve(ReactionTables.BY_ARTICLE)).get(0);
        assertTrue(a.get("most_concerned_text").startsWith("<script>"));
        Files.writeString(scored, HEADER + "c1,a1,p.html,\"=SUM(A1)\",,x,2023-09-13T20:16Z,x,,\"=HYPERLINK(1)\",,negative,0.9,0.05,0.05,-0.85,0.9\n");
        ReportBuilder.build(scored, dir.resolve("r"), "auto", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream()));
        CSVRecord b = rows(dir.resolve("r").resolve(ReactionTables.BY_ARTICLE)).get(0);
        assertEquals("'=HYPERLINK(1)", b.get("most_concerned_text"));
        assertEquals("'=SUM(A1)", b.get("article_title"));
        // ids too, as a spreadsheet saves them again without the guard; and the guard is no part of what the page shows
        Files.writeString(scored, HEADER + "=4,\"=HYPERLINK(\"\"http://x\"\")\",p.html,,,x,2023-09-13T20:16Z,x,,hi,,"
                + "negative,0.9,0.05,0.05,-0.85,0.9\n'+c2,'+art,p.html,,,x,2023-09-13T21:16Z,x,,hey,,negative,0.9,0.05,0.05,-0.85,0.9\n");
        ReportBuilder.build(scored, dir.resolve("r"), "auto", ZoneId.of("UTC"), 0.5, ReportBuilder.none(),
                new PrintStream(PrintStream.nullOutputStream()));
        List<CSVRecord> byArticle = rows(dir.resolve("r").resolve(ReactionTables.BY_ARTICLE));
        assertEquals(List.of("'+art", "'=HYPERLINK(\"http://x\")"), byArticle.stream().map(r -> r.get("article_id")).sorted().toList());
        assertTrue(byArticle.stream().anyMatch(r -> r.get("most_negative_id").equals("'=4")), byArticle.toString());
        for (CSVRecord r : rows(dir.resolve("r").resolve(ReactionTables.BY_TIME))) {
            assertTrue(!r.get("article_id").startsWith("=") && !r.get("article_id").startsWith("+"), r.toString());
        }
        String page = Files.readString(dir.resolve("r").resolve(HtmlReport.FILE));
        assertTrue(page.contains("+art"), "the article is in the report");
        assertFalse(page.contains("'+art"), "shown without the spreadsheet guard");
    }

    @Test
    void aScoredCsvResavedBySpreadsheetInADecimalCommaLocaleReadsTheSameAndBadRowsAreNamedAndCounted() throws Exception {
        String rows = "c1,a1,p.html,T,,x,2023-09-13T20:16Z,x,,hi,,neutral,0.1,0.8,0.1,0,0.1\n"
                + "c2,a1,p.html,T,,y,2023-09-13T21:16Z,x,,oh no,,negative,0.7,0.2,0.1,-0.6,0.8\n";
        Path comma = dir.resolve("comma.csv");
        Files.writeString(comma, HEADER + rows);
        Path semi = dir.resolve("semi.csv");
        Files.writeString(semi, "\uFEFF" + (HEADER + rows).replace(',', ';').replaceAll("(\\d)\\.(\\d)", "$1,$2"));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        ReportBuilder.Built a = ReportBuilder.build(comma, dir.resolve("a"), "hour", ZoneId.of("UTC"), 0.5,
                ReportBuilder.none(), quiet);
        ReportBuilder.Built b = ReportBuilder.build(semi, dir.resolve("b"), "hour", ZoneId.of("UTC"), 0.5,
                ReportBuilder.none(), quiet);
        assertEquals(0, b.problemRows());
        assertEquals(Files.readString(dir.resolve("a").resolve(ReactionTables.BY_TIME)),
                Files.readString(dir.resolve("b").resolve(ReactionTables.BY_TIME)));
        assertEquals(2, b.aggregate().all().total().comments());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + rows.replace(",0.8\n", ",1.8\n") + "c3,a1,p.html,T,,z,2023-09-13T22:16Z,x,,hm,,neutral,0.1,0.8,0.1,0,n/a\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        ReportBuilder.Built c = ReportBuilder.build(bad, dir.resolve("c"), "hour", ZoneId.of("UTC"), 0.5,
                ReportBuilder.none(), new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(2, c.problemRows());
        assertEquals(1, c.aggregate().all().total().comments());
        String msg = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(msg.contains("bad.csv: row 3: concern 1.8 is outside [0, 1]; skipped"), msg);
        assertTrue(msg.contains("bad.csv: row 4: concern 'n/a' is not a number; skipped"), msg);
        // the page says so too, not only the run's messages
        String page = Files.readString(dir.resolve("c").resolve(HtmlReport.FILE));
        assertTrue(page.contains("<strong>Not counted:</strong> 2 rows of the source whose score could not be read"), page);
        assertFalse(Files.readString(dir.resolve("a").resolve(HtmlReport.FILE)).contains("Not counted"));

        // a time that cannot be read costs the comment its time, not its place in the report
        Path badTime = dir.resolve("bad-time.csv");
        Files.writeString(badTime, HEADER + rows.replace("2023-09-13T21:16Z", "2023-13-45"));
        err.reset();
        ReportBuilder.Built d = ReportBuilder.build(badTime, dir.resolve("d"), "hour", ZoneId.of("UTC"), 0.5,
                ReportBuilder.none(), new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        msg = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(msg.contains("bad-time.csv: row 3: timestamp '2023-13-45' not read (") && msg.contains("; kept, undated"), msg);
        assertEquals(1, d.problemRows(), "the row is a problem (exit 1) though nothing is lost");
        assertEquals(2, d.aggregate().all().total().comments());
        List<CSVRecord> undated = rows(dir.resolve("d").resolve(ReactionTables.BY_TIME)).stream()
                .filter(r -> r.get("bucket").equals("undated") && r.get("article_id").equals("a1")).toList();
        assertEquals("1", undated.get(0).get("comments"));
    }
}
