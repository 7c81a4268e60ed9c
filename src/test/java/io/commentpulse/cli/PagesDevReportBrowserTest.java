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
        // the labels under the time axis share the lowest line of the chart; the count axis's are above it, one each
        Matcher texts = Pattern.compile("<text x=\"[-0-9.]+\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>").matcher(volume);
        java.util.List<double[]> counts = new java.util.ArrayList<>();
        java.util.List<String> under = new java.util.ArrayList<>();
        double bottom = 0;
        java.util.List<Object[]> all = new java.util.ArrayList<>();
        while (texts.find()) {
            double y = Double.parseDouble(texts.group(1));
            bottom = Math.max(bottom, y);
            all.add(new Object[]{y, texts.group(2)});
        }
        for (Object[] t : all) {
            String s = (String) t[1];
            if ((double) t[0] >= bottom - 20) {
                under.add(s);
            } else if (s.matches("\\d+")) {
                counts.add(new double[]{Integer.parseInt(s)});
            }
        }
        int top = (int) counts.stream().mapToDouble(c -> c[0]).max().orElse(0);
        assertTrue(top >= largest, "volume axis tops out at " + top + ", the largest bucket holds " + largest);
        long yearTicks = under.stream().filter(s -> s.matches(".*\\b(19|20)\\d\\d")).count();
        assertTrue(yearTicks >= 3, "a 2004–2023 span shows years on its ticks: " + under);
        assertTrue(rendered.contains("mean concern (0…1)"), "concern on a scale of its own");
        assertTrue(chromium.screenshot(html, Path.of("target", "pages-dev-report.png"), 3200), "screenshot written");
    }

    private static String chart(String dom, String id) {
        int start = dom.indexOf("<svg id=\"" + id + "\"");
        assertTrue(start >= 0, "no chart " + id);
        return dom.substring(start, dom.indexOf("</svg>", start));
    }
}
