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

    public static Result write(Explainer explainer, List<Path> inputs, Path out, PrintStream err, LongConsumer progress)
            throws IOException {
        int failed = 0;
        long rows = 0;
        try (AtomicOutput file = AtomicOutput.open(out)) {
            CSVPrinter printer = null;
            List<String> header = null;
            for (Path p : inputs) {
                if (!Files.isRegularFile(p)) {
                    err.println("pulse: " + p + ": no such file");
                    failed++;
                    continue;
                }
                try (CSVParser parser = Csv.parse(p)) {
                    List<String> cols = new ArrayList<>(parser.getHeaderNames());
                    if (!cols.contains("text")) {
                        err.println("pulse: " + p + ": no text column (has " + cols + ")");
                        failed++;
                        continue;
                    }
                    boolean again = cols.containsAll(COLUMNS);   // explained before: its columns are replaced
                    if (printer == null) {
                        header = new ArrayList<>(cols);
                        if (!again) {
                            header.addAll(COLUMNS);
                        }
                        printer = Csv.printer(file.writer(), header.toArray(String[]::new));
                    } else if (!header.equals(again ? cols : concat(cols))) {
                        err.println("pulse: " + p + ": columns differ from the first CSV; skipped");
                        failed++;
                        continue;
                    }
                    for (CSVRecord r : parser) {
                        if (!r.isConsistent()) {
                            err.printf("pulse: %s: line %d: expected %d fields, found %d; skipped%n", p,
                                    parser.getCurrentLineNumber(), cols.size(), r.size());
                            failed++;
                            continue;
                        }
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < cols.size(); i++) {
                            cells.add(Csv.safe(Csv.unsafe(r.get(i))));
                        }
                        Explanation e = explainer.explain(List.of(Csv.unsafe(r.get("text")))).get(0);
                        String concern = Csv.safe(Explanation.because(e.concern()));
                        String sentiment = Csv.safe(Explanation.because(e.sentiment()));
                        if (again) {
                            cells.set(cols.indexOf(COLUMNS.get(0)), concern);
                            cells.set(cols.indexOf(COLUMNS.get(1)), sentiment);
                        } else {
                            cells.add(concern);
                            cells.add(sentiment);
                        }
                        printer.printRecord(cells);
                        progress.accept(++rows);
                    }
                }
            }
            if (printer == null) {
                return new Result(0, Math.max(failed, 1), false);
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
