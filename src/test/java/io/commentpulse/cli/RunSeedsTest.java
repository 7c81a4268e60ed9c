package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's main job on seeds/, end to end with the shipped model, and its HTML report rendered in headless
 * Chromium (skipped where Chromium is not installed; .ci/run installs it).
 */
class RunSeedsTest {
    static final Path OUT = Path.of("target", "run-seeds");
    static int exit;

    @BeforeAll
    static void runMainJob() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("models", "default", "manifest.json")), "no default model");
        exit = Main.commandLine().execute("run", "seeds", "--out", OUT.toString(), "--no-progress");
    }

    static List<CSVRecord> csv(String name) throws Exception {
        try (Reader r = Files.newBufferedReader(OUT.resolve(name))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void reportListsAllArticlesAndHourlyBucketsWithGaps() throws Exception {
        assertEquals(0, exit);
        List<CSVRecord> articles = csv("reaction-by-article.csv");
        assertEquals(5, articles.size());
        assertEquals(4, articles.stream().filter(a -> a.get("comments").equals("0")).count());
        CSVRecord summit = articles.stream().filter(a -> a.get("comments").equals("8")).findFirst().orElseThrow();
        List<CSVRecord> hours = csv("reaction-by-time.csv").stream()
                .filter(r -> r.get("article_id").equals(summit.get("article_id"))).toList();
        assertEquals("hour", hours.get(0).get("bucket"));
        assertEquals(15, hours.size(), "20:00 .. 10:00 inclusive");
        assertEquals("2023-09-13T20:00Z", hours.get(0).get("bucket_start"));
        assertEquals("2023-09-14T10:00Z", hours.get(14).get("bucket_start"));
        assertEquals(8, hours.stream().mapToInt(r -> Integer.parseInt(r.get("comments"))).sum());
        assertTrue(hours.stream().filter(r -> r.get("comments").equals("0")).count() >= 7, "empty hours present");
        assertTrue(articles.stream().anyMatch(a -> a.get("article_published").equals("2023-09-13T15:51Z")));
        List<CSVRecord> scored = csv("scored.csv");
        assertEquals(8, scored.size());
        scored.forEach(r -> {
            double c = Double.parseDouble(r.get("concern"));
            assertTrue(c >= 0 && c <= 1);
            double s = Double.parseDouble(r.get("p_positive")) - Double.parseDouble(r.get("p_negative"));
            assertEquals(s, Double.parseDouble(r.get("sentiment_score")), 1e-3);
        });
    }

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path profile) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium not installed");
        Path html = OUT.resolve("report.html");
        HeadlessChromium chromium = new HeadlessChromium(profile);
        String rendered = chromium.dom(html, OUT.resolve("report.dom.html"));
        Matcher charts = Pattern.compile("<svg id=\"([^\"]+)\"[^>]*data-points=\"(\\d+)\"").matcher(rendered);
        java.util.Map<String, String> points = new java.util.HashMap<>();
        while (charts.find()) {
            points.put(charts.group(1), charts.group(2));
        }
        assertEquals("15", points.get("volume"), "one bar per hour from 20:00 to 10:00");
        assertEquals("8", points.get("article-0-sentiment"), "sentiment for the 8 hours that have comments");
        assertEquals("8", points.get("article-0-concern"), "concern on a chart of its own (0…1), not on sentiment's −1…1");
        assertTrue(rendered.contains("mean concern (0…1)"), "concern has its own scale");
        assertTrue(rendered.contains("No article with both a publish time and dated comments."),
                "seed 000 shows no publish time, so the hours-since-publication chart says why it is empty");
        assertTrue(rendered.contains("Kim Jong Un Pledges Unwavering Backing"));
        assertTrue(rendered.contains("North Korea’s Kim Vows Full Support"));
        assertTrue(rendered.contains("scary stuff"), "a comment's text is shown");
        assertTrue(chromium.screenshot(html, Path.of("target", "report.png"), 2400), "screenshot written");
    }
}
