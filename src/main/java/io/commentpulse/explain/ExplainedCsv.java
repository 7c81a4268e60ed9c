package io.commentpulse.explain;

import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A CSV with a text column, written again with two more columns: {@code concern_because} and
 * {@code sentiment_because} ("scary(+0.41) serious(+0.22)"), every cell neutralised as in any CSV this tool writes.
 */
public final class ExplainedCsv {
    public static final List<String> COLUMNS = List.of("concern_because", "sentiment_because");

    /** What a call did: rows explained, inputs or rows that failed. */
    public record Result(long rows, int failed, boolean written) {
    }

    private ExplainedCsv() {
    }

    /**
     * Explains every row of {@code inputs} into {@code out}. Inputs whose columns differ are all kept: the output has
     * every input column in the order first seen, then the two explanation columns (a file explained before has its
     * explanations replaced); a row leaves empty the columns its file lacks.
     */
    public static Result write(Explainer explainer, List<Path> inputs, Path out, PrintStream err, LongConsumer progress)
            throws IOException {
        int failed = 0;
        long rows = 0;
        List<Path> readable = new ArrayList<>();
        java.util.Set<String> union = new java.util.LinkedHashSet<>();
        for (Path p : inputs) {
            if (!Files.isRegularFile(p)) {
                err.println("pulse: " + p + ": no such file");
                failed++;
                continue;
            }
            List<String> cols;
            try (CSVParser parser = Csv.parse(p)) {
                cols = parser.getHeaderNames();
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("pulse: " + p + ": malformed CSV header: " + Csv.problem(e));
                failed++;
                continue;
            }
            if (!cols.contains("text")) {
                err.println("pulse: " + p + ": no text column (has " + cols + ")");
                failed++;
                continue;
            }
            readable.add(p);
            cols.stream().filter(c -> !COLUMNS.contains(c)).forEach(union::add);
        }
        if (readable.isEmpty()) {
            return new Result(0, Math.max(failed, 1), false);
        }
        List<String> header = concat(new ArrayList<>(union));
        try (AtomicOutput file = AtomicOutput.open(out)) {
            CSVPrinter printer = Csv.printer(file.writer(), header.toArray(String[]::new));
            for (Path p : readable) {
                try (CSVParser parser = Csv.parse(p)) {
                    List<String> cols = parser.getHeaderNames();
                    int[] slot = cols.stream().mapToInt(c -> COLUMNS.contains(c) ? -1 : header.indexOf(c)).toArray();
                    for (CSVRecord r : parser) {
                        if (!r.isConsistent()) {
                            err.printf("pulse: %s: line %d: expected %d fields, found %d; skipped%n", p,
                                    parser.getCurrentLineNumber(), cols.size(), r.size());
                            failed++;
                            continue;
                        }
                        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
                        for (int i = 0; i < cols.size(); i++) {
                            if (slot[i] >= 0) {
                                cells.set(slot[i], Csv.safe(Csv.unsafe(r.get(i))));
                            }
                        }
                        Explanation e = explainer.explain(List.of(Csv.unsafe(r.get("text")))).get(0);
                        cells.set(header.size() - 2, Csv.safe(Explanation.because(e.concern())));
                        cells.set(header.size() - 1, Csv.safe(Explanation.because(e.sentiment())));
                        printer.printRecord(cells);
                        progress.accept(++rows);
                    }
                }
            }
            printer.flush();
            file.commit();
        }
        return new Result(rows, failed, true);
    }

    private static List<String> concat(List<String> cols) {
        List<String> all = new ArrayList<>(cols);
        all.addAll(COLUMNS);
        return all;
    }
}
