package io.commentpulse.report;

import io.commentpulse.extract.DataTimestamps;

import io.commentpulse.io.Csv;
import io.commentpulse.score.ScoreColumns;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the rows of a CSV written by {@code score}; a bad row is reported with its number and skipped. A row that
 * {@code score} left unscored (empty text, so empty score columns) is left out, and counted in one line at the end.
 */
public final class ScoredCsvReader {
    private static final List<String> REQUIRED = List.of("comment_id", "text", "sentiment", "sentiment_score", "concern");

    private ScoredCsvReader() {
    }

    /** Returns the number of rows skipped; zone-less times are UTC, ambiguous numeric dates month-first. */
    public static int read(Path file, PrintStream err, Consumer<ScoredComment> sink) throws IOException {
        return read(file, java.time.ZoneOffset.UTC, DataTimestamps.DateOrder.MDY, err, sink);
    }

    /**
     * Returns the number of rows skipped. Timestamps may be in any form {@link DataTimestamps} reads; zone-less
     * ones take {@code zone}, ambiguous numeric dates follow {@code order} and are counted on {@code err}.
     */
    public static int read(Path file, java.time.ZoneId zone, DataTimestamps.DateOrder order, PrintStream err,
                           Consumer<ScoredComment> sink) throws IOException {
        int[] ambiguous = {0};
        int bad = 0;
        try (CSVParser p = Csv.parse(file)) {
            Map<String, Integer> h = p.getHeaderMap();
            for (String c : REQUIRED) {
                if (!h.containsKey(c)) {
                    throw new IOException(file + ": not a scored CSV (missing column '" + c + "')");
                }
            }
            int unscored = 0;
            for (CSVRecord rec : p) {
                if (rec.isConsistent() && ScoreColumns.unscored(c -> get(rec, h, c, ""))) {
                    unscored++;
                    continue;
                }
                try {
                    sink.accept(comment(c -> get(rec, h, c, null), zone, order, ambiguous));
                } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                    bad++;
                    err.printf("pulse: %s: row %d: %s; skipped%n", file, rec.getRecordNumber() + 1, e.getMessage());
                }
            }
            if (unscored > 0) {
                err.printf("pulse: %s: %d rows without a score (empty text) left out%n", file, unscored);
            }
            if (ambiguous[0] > 0) {
                err.printf("pulse: %s: %d dates like 03/04/2024 could be day or month first; read %s "
                        + "(--date-order %s to read them the other way)%n", file, ambiguous[0],
                        order == DataTimestamps.DateOrder.MDY ? "month first" : "day first",
                        order == DataTimestamps.DateOrder.MDY ? "dmy" : "mdy");
            }
        }
        return bad;
    }

    /**
     * One scored row as the report reads it; {@code cell} gives a column's value, or null for a column the row lacks.
     * Raises IllegalArgumentException or DateTimeParseException for a bad row; {@code ambiguous[0]} counts numeric
     * dates that could be read day or month first.
     */
    public static ScoredComment comment(java.util.function.UnaryOperator<String> cell, java.time.ZoneId zone,
                                        DataTimestamps.DateOrder order, int[] ambiguous) {
        java.util.function.BiFunction<String, String, String> or = (c, d) -> {
            String v = cell.apply(c);
            return v == null ? d : v;
        };
        return new ScoredComment(or.apply("comment_id", ""), or.apply("article_id", "(none)"),
                Csv.unsafe(or.apply("article_title", "")), Csv.unsafe(or.apply("source_file", "")),
                time(or.apply("article_published", ""), zone, order, ambiguous),
                Csv.unsafe(or.apply("author", "")),
                time(or.apply("timestamp", ""), zone, order, ambiguous),
                Csv.unsafe(or.apply("timestamp_raw", "")),
                Csv.unsafe(or.apply("text", "")), or.apply("sentiment", ""),
                number(or.apply("sentiment_score", ""), "sentiment_score", -1), number(or.apply("concern", ""), "concern", 0),
                Csv.unsafe(or.apply("concern_because", "")), Csv.unsafe(or.apply("sentiment_because", "")));
    }

    /**
     * A score column's value, which must lie in [{@code min}, 1]; a decimal comma is read as a point ({@link Csv#number}).
     */
    private static double number(String cell, String col, double min) {
        String s = cell.strip();
        double v;
        try {
            v = Csv.number(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(col + " '" + s + "' is not a number");
        }
        if (!(v >= min && v <= 1)) {
            throw new IllegalArgumentException(col + " " + s + " is outside [" + (int) min + ", 1]");
        }
        return v;
    }

    private static String get(CSVRecord rec, Map<String, Integer> h, String col, String dflt) {
        return h.containsKey(col) && rec.isSet(col) ? rec.get(col) : dflt;
    }

    private static OffsetDateTime time(String s, java.time.ZoneId zone, DataTimestamps.DateOrder order, int[] ambiguous) {
        DataTimestamps.Parsed p = DataTimestamps.parse(s, zone, order);
        ambiguous[0] += p.ambiguous() ? 1 : 0;
        return p.value();
    }
}
