package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real pages that give a date without a time of day (half the dated articles of pages-dev and the pool): the run
 * writes the date alone and counts no hours from a midnight the page never stated.
 */
class DateOnlyTimesTest {
    private static final Path POOL = Path.of("..", "shared", "pages-pool");

    @TempDir
    Path dir;

    private static List<CSVRecord> rows(Path f) throws Exception {
        try (Reader r = Files.newBufferedReader(f)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private Path run(String page, String... options) {
        Path p = POOL.resolve(page);
        Assumptions.assumeTrue(Files.isRegularFile(p), "needs ../shared/pages-pool");
        Path out = dir.resolve(page + String.join("", options));
        List<String> args = new java.util.ArrayList<>(List.of("run", p.toString(), "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(options));
        Object[] r = ExtractBadInputTest.run(args.toArray(String[]::new));
        assertEquals(0, r[0], (String) r[1]);
        return out;
    }

    /** A sports blog's "August 9, 2012" over 331 comments timed to the minute. */
    @Test
    void aPublicationDateAloneGivesDaysNotHours() throws Exception {
        Path out = run("dragnet-T50.html", "--bucket", "hour");
        List<CSVRecord> comments = rows(out.resolve("comments.csv"));
        assertTrue(comments.size() > 100, "comments: " + comments.size());
        assertTrue(comments.stream().allMatch(c -> c.get("article_published").equals("2012-08-09")));
        List<CSVRecord> byTime = rows(out.resolve("reaction-by-time.csv")).stream()
                .filter(r -> !r.get("article_id").equals("ALL")).toList();
        assertFalse(byTime.isEmpty());
        for (CSVRecord r : byTime) {
            assertEquals("", r.get("hours_since_published"), "no hours from a made-up midnight: " + r);
            assertEquals("0", r.get("days_since_published"), r.toString());   // every comment that day (UTC, the default zone)
        }
        CSVRecord a = rows(out.resolve("reaction-by-article.csv")).get(0);
        assertEquals("2012-08-09", a.get("article_published"));
        assertEquals("", a.get("median_hours_after_published"));
        assertEquals("0.0000", a.get("median_days_after_published"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("1 article gives only the date of publication"), "the chart says why it is empty");
        assertFalse(html.contains("2012-08-09 00:00"), "the table shows the date, not a midnight");
    }

    /** A forum thread whose comments show "Monday, November 5 2012" and no time. */
    @Test
    void commentsDatedByDayAloneAreCountedInTheirDay() throws Exception {
        Path out = run("dragnet-R250.html", "--bucket", "hour", "--zone", "America/New_York");
        List<CSVRecord> comments = rows(out.resolve("comments.csv"));
        long dateOnly = comments.stream().filter(c -> c.get("timestamp").equals("2012-11-05")).count();
        assertTrue(dateOnly >= 5 && dateOnly == comments.size(), comments.size() + " comments, " + dateOnly + " by date");
        List<CSVRecord> byTime = rows(out.resolve("reaction-by-time.csv")).stream()
                .filter(r -> !r.get("article_id").equals("ALL")).toList();
        assertEquals(1, byTime.size(), "one row for the day, no hour bucket at a midnight: " + byTime);
        assertEquals("date-only", byTime.get(0).get("bucket"));
        assertEquals("2012-11-05", byTime.get(0).get("bucket_start"));
        assertEquals(Long.toString(dateOnly), byTime.get(0).get("comments"));
        assertTrue(Files.readString(out.resolve("report.html")).contains(dateOnly + " comments give only a date"));
        // auto buckets are days when most dated comments give a date alone, and each is in its own day in any zone
        // (midnight UTC is the evening before in New York)
        Path days = run("dragnet-R250.html", "--zone", "America/New_York");
        List<CSVRecord> dayRows = rows(days.resolve("reaction-by-time.csv")).stream()
                .filter(r -> !r.get("article_id").equals("ALL")).toList();
        assertEquals(List.of("day"), dayRows.stream().map(r -> r.get("bucket")).toList());
        assertEquals(List.of("2012-11-05T00:00-05:00"), dayRows.stream().map(r -> r.get("bucket_start")).toList());
    }
}
