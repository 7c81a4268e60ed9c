package io.commentpulse.score;

import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored CSV written again with each comment's concern read in its thread ({@link ThreadContext}): {@code concern}
 * becomes the comment's concern among the other comments of its article, and {@code concern_alone} (appended) keeps
 * what its text alone gave. Two reads of the file: the first sums each article's log-odds, the second writes; memory
 * holds one sum per article, whatever the file's size. Rows without an article, or unscored, are written as they were.
 */
public final class ThreadedCsv {
    /** The column that keeps each comment's concern as its text alone gives it. */
    public static final String ALONE = "concern_alone";
    /** Columns naming a comment's thread, the first present is used: pages' article_id, or a thread column. */
    public static final List<String> THREAD_COLUMNS = List.of("article_id", "thread");

    /** What a call did: comments read in a thread, and the threads. */
    public record Result(long inThreads, int threads) {
    }

    private ThreadedCsv() {
    }

    /**
     * Rewrites {@code scored} in place (atomically), its concerned column (where it has one) following the concern read
     * in the thread at {@code threshold}. Returns null, writing nothing and naming why on {@code err}, when it has no
     * thread column.
     */
    public static Result write(ThreadContext context, Path scored, double threshold, PrintStream err) throws IOException {
        Map<String, double[]> sums = new HashMap<>();
        String threadCol;
        try (CSVParser p = Csv.parse(scored)) {
            List<String> cols = p.getHeaderNames();
            threadCol = THREAD_COLUMNS.stream().filter(cols::contains).findFirst().orElse(null);
            if (threadCol == null || !cols.contains("concern")) {
                err.println("pulse: " + scored + ": no " + String.join(" or ", THREAD_COLUMNS) + " column; each "
                        + "comment's concern is read alone");
                return null;
            }
            for (CSVRecord r : p) {
                String t = thread(r, threadCol);
                String c = r.get("concern");
                if (t != null && !c.isBlank()) {
                    double[] s = sums.computeIfAbsent(t, k -> new double[2]);
                    s[0] += ThreadContext.logOdds(Double.parseDouble(c));
                    s[1]++;
                }
            }
        }
        long moved = 0;
        try (AtomicOutput file = AtomicOutput.open(scored);
             CSVParser p = Csv.parse(scored)) {
            List<String> header = new ArrayList<>(p.getHeaderNames());
            int at = header.indexOf("concern");
            int flag = header.indexOf("concerned");
            header.add(ALONE);
            CSVPrinter out = Csv.printer(file.writer(), header.toArray(String[]::new));
            for (CSVRecord r : p) {
                List<String> cells = new ArrayList<>(r.toList());
                String c = r.get("concern");
                cells.add(c);
                String t = thread(r, threadCol);
                if (t != null && !c.isBlank()) {
                    double own = Double.parseDouble(c);
                    double[] s = sums.get(t);
                    double q = context.apply(own, s[0] - ThreadContext.logOdds(own), s[1] - 1);
                    cells.set(at, ScoreColumns.f(q));
                    if (flag >= 0) {
                        cells.set(flag, ScoreColumns.concerned(q, threshold) ? "1" : "0");
                    }
                    moved++;
                }
                out.printRecord(cells);
            }
            out.flush();
            file.commit();
        }
        return new Result(moved, sums.size());
    }

    private static String thread(CSVRecord r, String column) {
        String t = r.get(column).strip();
        return t.isEmpty() ? null : t;
    }
}
