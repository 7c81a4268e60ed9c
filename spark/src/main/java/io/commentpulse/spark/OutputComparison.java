package io.commentpulse.spark;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two output folders of the main job (say {@code pulse run}'s and {@code pulse-spark run}'s) row for row:
 * the same files, the same rows in the same order, text cells equal, numeric cells within 0.0001 (the CSVs' four
 * decimals; sums added in another order may round the other way).
 */
final class OutputComparison {
    static final List<String> FILES = List.of("comments.csv", "scored.csv", "reaction-by-time.csv", "reaction-by-article.csv");
    private static final double TOLERANCE = 1.0001e-4;
    private static final int SHOWN = 10;

    private OutputComparison() {
    }

    /** The differences, at most ten per file, each on one line; empty when the folders agree. */
    static List<String> differences(Path a, Path b) throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : FILES) {
            compare(a.resolve(f), b.resolve(f), f, out);
        }
        for (Path dir : List.of(a, b)) {
            Path html = dir.resolve("report.html");
            if (!Files.isRegularFile(html) || Files.size(html) == 0) {
                out.add(html + ": missing or empty");
            }
        }
        return out;
    }

    /** The number of data rows of a CSV file. */
    static long rows(Path csv) throws IOException {
        try (CSVParser p = Csv.parse(csv)) {
            long n = 0;
            for (CSVRecord ignored : p) {
                n++;
            }
            return n;
        }
    }

    private static void compare(Path fa, Path fb, String name, List<String> out) throws IOException {
        if (!Files.exists(fa) && !Files.exists(fb) && name.equals("comments.csv")) {
            return; // a run over comment tables writes none
        }
        if (!Files.isRegularFile(fa) || !Files.isRegularFile(fb)) {
            out.add(name + ": missing in " + (Files.isRegularFile(fa) ? fb.getParent() : fa.getParent()));
            return;
        }
        int shown = 0;
        try (CSVParser pa = Csv.parse(fa); CSVParser pb = Csv.parse(fb)) {
            if (!pa.getHeaderNames().equals(pb.getHeaderNames())) {
                out.add(name + ": columns differ: " + pa.getHeaderNames() + " vs " + pb.getHeaderNames());
                return;
            }
            List<String> cols = pa.getHeaderNames();
            var ia = pa.iterator();
            var ib = pb.iterator();
            long row = 1;
            while (ia.hasNext() || ib.hasNext()) {
                row++;
                if (!ia.hasNext() || !ib.hasNext()) {
                    out.add(String.format(Locale.ROOT, "%s: row %d: only in %s", name, row, ia.hasNext() ? fa : fb));
                    return;
                }
                CSVRecord ra = ia.next();
                CSVRecord rb = ib.next();
                for (int i = 0; i < cols.size(); i++) {
                    String x = i < ra.size() ? ra.get(i) : "";
                    String y = i < rb.size() ? rb.get(i) : "";
                    if (!same(x, y) && shown++ < SHOWN) {
                        out.add(String.format(Locale.ROOT, "%s: row %d, %s: '%s' vs '%s'", name, row, cols.get(i),
                                clip(x), clip(y)));
                    }
                }
            }
        }
    }

    private static boolean same(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        try {
            return Math.abs(Double.parseDouble(x) - Double.parseDouble(y)) <= TOLERANCE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
