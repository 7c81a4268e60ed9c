package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: the report of the main job on all of pages-dev (61 pages, 2004–2023), rendered by headless Chromium,
 * with the checks a reader's trust rests on: the volume axis covers the largest bucket, a multi-year span shows
 * years, concern has a scale of its own. The screenshot is kept as target/pages-dev-report.png.
 */
class PagesDevReportBrowserTest {
    @Test
    void pagesDevReportInHeadlessChromium(@TempDir Path profile) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("..", "shared", "pages-dev")), "../shared/pages-dev not present");
        Assumptions.assumeTrue(HeadlessChromium.installed(), "chromium not installed");
        Path out = Path.of("target", "pages-dev-run");
        Object[] r = ExtractBadInputTest.run("run", "../shared/pages-dev", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);

        Map<String, Integer> perBucket = new HashMap<>();
        try (Reader rd = Files.newBufferedReader(out.resolve("reaction-by-time.csv"))) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd)) {
                if (rec.get("article_id").equals("ALL") && !rec.get("bucket_start").isEmpty()) {
                    perBucket.merge(rec.get("bucket_start"), Integer.parseInt(rec.get("comments")), Integer::sum);
                }
            }
        }
        int largest = perBucket.values().stream().max(Integer::compare).orElseThrow();

        Path html = out.resolve("report.html");
        HeadlessChromium chromium = new HeadlessChromium(profile);
        String rendered = chromium.dom(html, out.resolve("report.dom.html"));
        String volume = chart(rendered, "volume");
        Matcher ticks = Pattern.compile("text-anchor=\"end\">(\\d+)</text>").matcher(volume);
        int top = 0;
        while (ticks.find()) {
            top = Math.max(top, Integer.parseInt(ticks.group(1)));
        }
        assertTrue(top >= largest, "volume axis tops out at " + top + ", the largest bucket holds " + largest);
        Matcher years = Pattern.compile("text-anchor=\"middle\">[^<]*\\b(19|20)\\d\\d</text>").matcher(volume);
        int yearTicks = 0;
        while (years.find()) {
            yearTicks++;
        }
        assertTrue(yearTicks >= 3, "a 2004–2023 span shows years on its ticks: " + yearTicks);
        assertTrue(rendered.contains("mean concern (0…1)"), "concern on a scale of its own");
        assertTrue(chromium.screenshot(html, Path.of("target", "pages-dev-report.png"), 3200), "screenshot written");
    }

    private static String chart(String dom, String id) {
        int start = dom.indexOf("<svg id=\"" + id + "\"");
        assertTrue(start >= 0, "no chart " + id);
        return dom.substring(start, dom.indexOf("</svg>", start));
    }
}
