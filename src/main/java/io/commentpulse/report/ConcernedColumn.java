package io.commentpulse.report;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The concern threshold a scored CSV was written with, read back from its {@code concerned} column: the scoring
 * model's own (or the one {@code score --concern-threshold} gave), so that a report or a label queue made later from
 * the file counts as concerned the comments the model that scored them called concerned, whichever model that was.
 * A file without the column (written before it existed, or by another tool) says nothing.
 */
public final class ConcernedColumn {
    /** The column {@code score} writes: 1 where concern is at or above the model's threshold, else 0. */
    public static final String NAME = "concerned";

    private ConcernedColumn() {
    }

    /**
     * The threshold of {@code file}'s concerned column, or empty when it has none (or none can be told). The rows
     * only bound it: above every unconcerned row's concern, at or below every concerned row's. {@code preferred} (the
     * default model's threshold) is returned when it lies in those bounds, so a file the default model scored gives
     * exactly its threshold; otherwise the lowest concern of a concerned row, or, where no row is concerned, the
     * highest concern of the others plus 0.0001. A column that follows no single threshold (files scored by models
     * with different thresholds joined into one, or cells edited by hand) is named on {@code err} and not used.
     */
    public static OptionalDouble threshold(Path file, double preferred, PrintStream err) throws IOException {
        double lowestYes = Double.POSITIVE_INFINITY;
        double highestNo = Double.NEGATIVE_INFINITY;
        // a file that cannot be read says nothing here: the reader of its rows names what is wrong
        try (CSVParser p = Csv.parse(file)) {
            if (!p.getHeaderMap().containsKey(NAME) || !p.getHeaderMap().containsKey("concern")) {
                return OptionalDouble.empty();
            }
            for (CSVRecord r : p) {
                if (!r.isConsistent()) {
                    continue; // named by the reader that reads the rows
                }
                String flag = r.get(NAME).strip();
                double concern;
                try {
                    concern = Csv.number(r.get("concern").strip());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (!(concern >= 0 && concern <= 1)) {
                    continue;   // NaN or out of range: a row the report skips
                }
                if (flag.equals("1")) {
                    lowestYes = Math.min(lowestYes, concern);
                } else if (flag.equals("0")) {
                    highestNo = Math.max(highestNo, concern);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
        if (lowestYes == Double.POSITIVE_INFINITY && highestNo == Double.NEGATIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        if (lowestYes <= highestNo) {
            err.printf(Locale.ROOT, "pulse: %s: its concerned column follows no single threshold (a comment with "
                    + "concern %.4f is concerned, one with %.4f is not: rows scored by different models?); counting "
                    + "concern >= %.4f instead (--concern-threshold T to choose)%n", file, lowestYes, highestNo, preferred);
            return OptionalDouble.empty();
        }
        if (preferred > highestNo && preferred <= lowestYes) {
            return OptionalDouble.of(preferred);
        }
        return OptionalDouble.of(lowestYes != Double.POSITIVE_INFINITY ? lowestYes
                : Math.min(1, Math.round(highestNo * 10_000 + 1) / 10_000.0));
    }
}
