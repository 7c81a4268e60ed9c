package io.commentpulse.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options and inputs that cannot mean what was typed are said at once; figures that cannot mean much are said too. */
class OptionChecksTest {
    @TempDir
    Path dir;

    @Test
    void labelQueueOptionsOutOfRangeAreUsageErrors() throws Exception {
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", "seeds", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(2, ExtractBadInputTest.run("label-queue", out.toString(), "--out", dir.resolve("q.csv").toString(),
                "--n", "-3")[0]);
        assertEquals(2, ExtractBadInputTest.run("label-queue", out.toString(), "--out", dir.resolve("q.csv").toString(),
                "--concern-threshold", "1.5")[0]);
        assertFalse(Files.exists(dir.resolve("q.csv")));
        r = ExtractBadInputTest.run("label-queue", out.toString(), "--out", dir.resolve("q.csv").toString(), "--n", "5");
        assertEquals(0, r[0], (String) r[1]);
    }

    @Test
    void explainingAFileNameIsRefusedAndAMissingFileIsNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("comments.csv"), "id,text\n1,I am worried\n");
        Object[] r = ExtractBadInputTest.run("explain", f.toString());
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("is a file: give --out FILE"), (String) r[1]);
        r = ExtractBadInputTest.run("explain", dir.resolve("typo.cvs").toString(), "--out", dir.resolve("e.csv").toString());
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("no such file: " + dir.resolve("typo.cvs")), (String) r[1]);
    }

    @Test
    void evaluateSaysWhenAFigureIsUndefined() throws Exception {
        Path f = dir.resolve("negatives.csv");
        StringBuilder b = new StringBuilder("id,text,sentiment,concern\n");
        String[] texts = {"This is a disgrace", "Worst decision this council has made", "Shameful and stupid",
            "I am sick of these people", "What a waste of money"};
        for (int i = 0; i < texts.length; i++) {
            b.append(i).append(',').append(texts[i]).append(",negative,0\n");
        }
        Files.writeString(f, b.toString());
        Object[] r = ExtractBadInputTest.run("evaluate", "--data", f.toString());
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("every concern label is 0 (5 rows): ROC-AUC and PR-AUC are undefined"),
                (String) r[1]);
        assertTrue(((String) r[1]).contains("no row is labeled neutral or positive"), (String) r[1]);
        // one unreadable file among several: named, the others still evaluated, exit 1
        Path broken = Files.writeString(dir.resolve("broken.csv"), "id,text,sentiment\n1,a,negative\n");
        r = ExtractBadInputTest.run("evaluate", "--data", broken.toString(), "--data", f.toString());
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("broken.csv: missing column 'concern'"), (String) r[1]);
        assertTrue(((String) r[1]).contains("evaluated on 5 rows, 0 skipped; 1 file could not be read"), (String) r[1]);
        assertEquals(2, ExtractBadInputTest.run("evaluate", "--data", broken.toString())[0]);
    }

    @Test
    void scoreThenReportCountsConcernedAsRunDoes() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, ExtractBadInputTest.run("run", "seeds", "--out", run.toString(), "--no-progress")[0]);
        Path scored = dir.resolve("scored.csv");
        assertEquals(0, ExtractBadInputTest.run("score", "seeds", "--out", scored.toString(), "--no-progress")[0]);
        Path report = dir.resolve("report");
        assertEquals(0, ExtractBadInputTest.run("report", scored.toString(), "--out", report.toString())[0]);
        // run also lists the pages without comments (empty cells); the articles with comments count alike
        assertEquals(column(run.resolve("reaction-by-article.csv"), "share_concerned").stream().filter(c -> !c.isEmpty()).toList(),
                column(report.resolve("reaction-by-article.csv"), "share_concerned"));
        // one --date-order for report, run and score: an order that is neither is a usage error, and nothing is written
        for (String[] args : new String[][]{{"report", scored.toString(), "--out", dir.resolve("r2").toString()},
                {"run", "seeds", "--out", dir.resolve("r3").toString(), "--no-progress"},
                {"score", "seeds", "--out", dir.resolve("r4").toString(), "--no-progress"}}) {
            String[] with = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                    "--date-order", "ymd")).toArray(String[]::new);
            Object[] r = ExtractBadInputTest.run(with);
            assertEquals(2, r[0], (String) r[1]);
            assertTrue(((String) r[1]).contains("--date-order must be mdy or dmy, not 'ymd'"), (String) r[1]);
            assertFalse(Files.exists(Path.of(args[3])), args[0]);
        }
    }

    /**
     * A file scored at another threshold than the default model's (another model's, here --concern-threshold) is
     * reported at that threshold: report reads it back from the concerned column, as run would have counted.
     */
    @Test
    void aReportCountsConcernedWhereTheScoringThresholdDid() throws Exception {
        Path scored = dir.resolve("scored-low.csv");
        Object[] s = ExtractBadInputTest.run("score", "seeds", "--out", scored.toString(), "--concern-threshold", "0.05",
                "--no-progress");
        assertEquals(0, s[0], (String) s[1]);
        java.util.Map<String, long[]> flagged = new java.util.TreeMap<>();
        try (var p = io.commentpulse.io.Csv.parse(scored)) {
            for (var r : p) {
                long[] n = flagged.computeIfAbsent(r.get("article_id"), k -> new long[2]);
                n[0] += r.get("concerned").equals("1") ? 1 : 0;
                n[1]++;
                assertEquals(Double.parseDouble(r.get("concern")) >= 0.05, r.get("concerned").equals("1"), r.toString());
            }
        }
        Path report = dir.resolve("report-low");
        Object[] rep = ExtractBadInputTest.run("report", scored.toString(), "--out", report.toString());
        assertEquals(0, rep[0], (String) rep[1]);
        // the rows bound the threshold: the report names the lowest concern it counted as concerned
        double lowest = 1;
        try (var p = io.commentpulse.io.Csv.parse(scored)) {
            for (var r : p) {
                if (r.get("concerned").equals("1")) {
                    lowest = Math.min(lowest, Double.parseDouble(r.get("concern")));
                }
            }
        }
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "(concern ≥ %.2f)", lowest)), html);
        Path run = dir.resolve("run-low");
        assertEquals(0, ExtractBadInputTest.run("run", "seeds", "--out", run.toString(), "--concern-threshold", "0.05",
                "--no-progress")[0]);
        List<String> shares = column(report.resolve("reaction-by-article.csv"), "share_concerned");
        assertEquals(column(run.resolve("reaction-by-article.csv"), "share_concerned").stream().filter(c -> !c.isEmpty())
                .toList(), shares);
        List<String> articles = column(report.resolve("reaction-by-article.csv"), "article_id");
        for (int i = 0; i < articles.size(); i++) {
            long[] n = flagged.get(articles.get(i));
            assertEquals((double) n[0] / n[1], Double.parseDouble(shares.get(i)), 1e-3, articles.get(i));
        }
        // the default model's threshold counts fewer: the file's own threshold was used, not it
        Path atDefault = dir.resolve("report-default");
        assertEquals(0, ExtractBadInputTest.run("report", scored.toString(), "--out", atDefault.toString(),
                "--concern-threshold", String.valueOf(ModelOption.defaultThreshold()))[0]);
        assertTrue(sum(column(atDefault.resolve("reaction-by-article.csv"), "share_concerned")) < sum(shares));
    }

    private static double sum(List<String> cells) {
        return cells.stream().mapToDouble(Double::parseDouble).sum();
    }

    private static java.util.List<String> column(Path csv, String name) throws Exception {
        try (var p = io.commentpulse.io.Csv.parse(csv)) {
            return p.getRecords().stream().map(r -> r.get(name)).toList();
        }
    }

    @Test
    void aCopysWidthIsAskedOfATextBrowserOnly() throws Exception {
        Path dev = Path.of("..", "shared", "pages-dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "../shared/pages-dev not present");
        Object[] r = ExtractBadInputTest.run("eval-extract", dev.toString(), "--text-width", "60");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("--text-width is the width of the --as-text copies"), (String) r[1]);
        r = ExtractBadInputTest.run("eval-extract", dev.toString(), "--as-text", "w3m", "--text-width", "20");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("at least 30"), (String) r[1]);
        r = ExtractBadInputTest.run("eval-extract", dev.toString(), "--as-text", "chromium", "--text-width", "60");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("not wrapped"), (String) r[1]);
    }
}
