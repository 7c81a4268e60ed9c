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
 * Streams the rows of a CSV written by {@code score}; a bad row (a score out of range) is reported with its number and
 * skipped, and a row whose time cannot be read is reported and kept undated. A row that {@code score} left unscored
 * (empty text, so empty score columns) is left out, and counted in one line at the end.
 */
public final class ScoredCsvReader {
    private static final List<String> REQUIRED = List.of("comment_id", "text", "sentiment", "sentiment_score", "concern");

    private ScoredCsvReader() {
    }

    /** Returns the number of rows with a problem; zone-less times are UTC, ambiguous numeric dates month-first. */
    public static int read(Path file, PrintStream err, Consumer<ScoredComment> sink) throws IOException {
        return read(file, java.time.ZoneOffset.UTC, DataTimestamps.DateOrder.MDY, err, sink);
    }

    /**
     * Returns the number of rows with a problem: skipped, or kept undated because their time could not be read.
     * Timestamps may be in any form {@link DataTimestamps} reads; zone-less ones take {@code zone}, ambiguous
     * numeric dates follow {@code order} and are counted on {@code err}.
     */
    public static int read(Path file, java.time.ZoneId zone, DataTimestamps.DateOrder order, PrintStream err,
                           Consumer<ScoredComment> sink) throws IOException {
        return read(file, file.toString(), zone, order, err, sink);
    }

    /** As above, naming the file {@code name} in messages (where it is read from a staging folder, say). */
    public static int read(Path file, String name, java.time.ZoneId zone, DataTimestamps.DateOrder order, PrintStream err,
                           Consumer<ScoredComment> sink) throws IOException {
        return read(file, name, zone, order, err, sink, new int[2]);
    }

    /**
     * As above, counting in {@code leftOut} the rows the report cannot show: [0] skipped (a score that cannot be read),
     * [1] not scored (no visible text).
     */
    public static int read(Path file, String name, java.time.ZoneId zone, DataTimestamps.DateOrder order, PrintStream err,
                           Consumer<ScoredComment> sink, int[] leftOut) throws IOException {
        int[] ambiguous = {0};
        int bad = 0;
        try (CSVParser p = Csv.parse(file)) {
            Map<String, Integer> h = p.getHeaderMap();
            for (String c : REQUIRED) {
                if (!h.containsKey(c)) {
                    throw new IOException(name + ": not a scored CSV (missing column '" + c + "')");
                }
            }
            int unscored = 0;
            for (CSVRecord rec : p) {
                if (rec.isConsistent() && ScoreColumns.unscored(c -> get(rec, h, c, ""))) {
                    unscored++;
                    continue;
                }
                try {
                    String[] unread = {null};
                    sink.accept(comment(c -> get(rec, h, c, null), zone, order, ambiguous, t -> unread[0] = t));
                    if (unread[0] != null) {
                        bad++;
                        err.printf("pulse: %s: row %d: %s; kept, undated%n", name, rec.getRecordNumber() + 1, unread[0]);
                    }
                } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                    bad++;
                    leftOut[0]++;
                    err.printf("pulse: %s: row %d: %s; skipped%n", name, rec.getRecordNumber() + 1, e.getMessage());
                }
            }
            leftOut[1] += unscored;
            if (unscored > 0) {
                err.printf("pulse: %s: %d rows without a score (empty text) left out%n", name, unscored);
            }
            if (ambiguous[0] > 0) {
                err.printf("pulse: %s: %d dates like 03/04/2024 could be day or month first; read %s "
                        + "(--date-order %s to read them the other way)%n", name, ambiguous[0],
                        order == DataTimestamps.DateOrder.MDY ? "month first" : "day first",
                        order == DataTimestamps.DateOrder.MDY ? "dmy" : "mdy");
            }
        }
        return bad;
    }

    /**
     * One scored row as the report reads it; {@code cell} gives a column's value, or null for a column the row lacks.
     * Raises IllegalArgumentException for a bad score; a time that cannot be read leaves the comment undated (or its
     * article's publication unknown); {@code ambiguous[0]} counts numeric dates that could be read day or month first.
     */
    public static ScoredComment comment(java.util.function.UnaryOperator<String> cell, java.time.ZoneId zone,
                                        DataTimestamps.DateOrder order, int[] ambiguous) {
        return comment(cell, zone, order, ambiguous, problem -> { });
    }

    /** As above, telling {@code unread} what time could not be read ("timestamp '2020-13-45' not read: …"). */
    public static ScoredComment comment(java.util.function.UnaryOperator<String> cell, java.time.ZoneId zone,
                                        DataTimestamps.DateOrder order, int[] ambiguous, Consumer<String> unread) {
        java.util.function.BiFunction<String, String, String> or = (c, d) -> {
            String v = cell.apply(c);
            return v == null ? d : v;
        };
        String article = Csv.unsafe(or.apply("article_id", ""));
        DataTimestamps.Parsed published = time("article_published", or.apply("article_published", ""), zone, order,
                ambiguous, unread);
        DataTimestamps.Parsed at = time("timestamp", or.apply("timestamp", ""), zone, order, ambiguous, unread);
        return new ScoredComment(Csv.unsafe(or.apply("comment_id", "")), article.isBlank() ? "(none)" : article,
                Csv.unsafe(or.apply("article_title", "")), Csv.unsafe(or.apply("source_file", "")),
                published.value(), published.dateOnly(), Csv.unsafe(or.apply("author", "")),
                at.value(), at.dateOnly(), Csv.unsafe(or.apply("timestamp_raw", "")),
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

    /** The value of a time column; one that cannot be read is named on {@code unread} and read as no time. */
    private static DataTimestamps.Parsed time(String col, String s, java.time.ZoneId zone, DataTimestamps.DateOrder order,
                                              int[] ambiguous, Consumer<String> unread) {
        DataTimestamps.Parsed p;
        try {
            p = DataTimestamps.parse(s, zone, order);
        } catch (java.time.DateTimeException e) {
            String why = String.valueOf(e.getMessage());
            int at = why.indexOf("could not be parsed: ");
            unread.accept(col + " '" + Csv.unsafe(s).strip() + "' not read ("
                    + (at < 0 ? why : why.substring(at + "could not be parsed: ".length())) + ")");
            return DataTimestamps.parse("", zone, order);
        }
        ambiguous[0] += p.ambiguous() ? 1 : 0;
        return p;
    }
}
