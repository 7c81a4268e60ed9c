package io.commentpulse.spark;

import io.commentpulse.io.RaggedRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV table's rows with more or fewer fields than its header read as {@code pulse} reads them ({@link RaggedRecord}:
 * a text's own unquoted commas joined back, missing last cells left empty, a row that cannot be told left out), not as
 * Spark's reader leaves them (extra fields dropped, so a text cut at its first comma). Spark hands such a row's whole
 * record in the last column ({@link #RAW}); every other row passes as it is. What was done is counted in {@link Said}
 * and its first messages of each table kept, tagged with the table's and the row's position, for the driver to print
 * in file order once the job has run.
 */
final class RaggedRows implements MapPartitionsFunction<Row, Row> {
    /** The column Spark fills with the record of a row whose field count is not the header's. */
    static final String RAW = "__pulse_record";
    /** Messages kept per table and kind; the rest are counted. */
    static final int SHOWN = 10;

    /** The job's counts and first messages (accumulators: a task run again may count its rows again). */
    record Said(CollectionAccumulator<String> messages, LongAccumulator notes, LongAccumulator skips,
                LongAccumulator times) implements java.io.Serializable {
        static Said open(org.apache.spark.SparkContext sc) {
            return new Said(sc.collectionAccumulator("table rows: messages"), sc.longAccumulator("ragged rows: read"),
                    sc.longAccumulator("ragged rows: skipped"), sc.longAccumulator("times not read"));
        }

        /** Keeps a message of {@code kind} (note, skip, time) on row {@code row} of table {@code table}. */
        void tell(int table, long row, String kind, String message) {
            messages.add(String.format(java.util.Locale.ROOT, "%06d\t%012d\t%s\t%s", table, row, kind, message));
        }

        /**
         * Prints the messages in file order, at most {@value #SHOWN} notes in all and every skipped row kept, then
         * what was counted beyond them. Returns the rows skipped.
         */
        long print(java.io.PrintStream err) {
            List<String> all = new ArrayList<>(new java.util.TreeSet<>(messages.value()));
            all.stream().filter(m -> m.contains("\tskip\t")).map(Said::text).forEach(m -> err.println("pulse-spark: " + m));
            List<String> kept = all.stream().filter(m -> m.contains("\tnote\t")).map(Said::text).toList();
            kept.stream().limit(SHOWN).forEach(m -> err.println("pulse-spark: " + m));
            long read = notes.value();
            if (read > Math.min(kept.size(), SHOWN)) {
                err.printf("pulse-spark: %d rows had more or fewer fields than their header and were read as said above%n",
                        read);
            }
            List<String> times = all.stream().filter(m -> m.contains("\ttime\t")).map(Said::text).toList();
            times.stream().limit(SHOWN).forEach(m -> err.println("pulse-spark: " + m));
            if (this.times.value() > Math.min(times.size(), SHOWN)) {
                err.printf("pulse-spark: %d rows' times could not be read; kept without a time%n", this.times.value());
            }
            long skipped = skips.value();
            if (skipped > all.stream().filter(m -> m.contains("\tskip\t")).count()) {
                err.printf("pulse-spark: %d rows with more or fewer fields than their header could not be read and were "
                        + "skipped (the first ten of each table named above)%n", skipped);
            }
            return skipped;
        }

        private static String text(String tagged) {
            return tagged.substring(tagged.indexOf('\t', tagged.indexOf('\t', tagged.indexOf('\t') + 1) + 1) + 1);
        }
    }

    private static final long serialVersionUID = 1L;
    private static final int START = 40;
    private final String file;
    private final int table;
    private final int width;
    private final int textColumn;
    private final int idColumn;
    private final char delimiter;
    private final Said said;

    /**
     * The rows of table number {@code table} (in input order), {@code file}, whose header is {@code header} and whose
     * text and id are in the columns so named ("" for no id column).
     */
    RaggedRows(String file, int table, List<String> header, String text, String id, char delimiter, Said said) {
        this.file = file;
        this.table = table;
        this.width = header.size();
        this.textColumn = header.indexOf(text);
        this.idColumn = id.isEmpty() ? -1 : header.indexOf(id);
        this.delimiter = delimiter;
        this.said = said;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        long[] seen = new long[3];   // rows, notes kept, skips kept
        // lazily, in order: a partition's rows are never all held at once
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(rows,
                java.util.Spliterator.ORDERED), false).map(r -> fit(r, ++seen[0], seen))
                .filter(java.util.Objects::nonNull).iterator();
    }

    /** The row without the record column, fitted where it was ragged; null for a row left out. */
    private Row fit(Row r, long n, long[] seen) {
        Object[] cells = new Object[width];
        String raw = r.isNullAt(width) ? null : r.getString(width);
        if (raw == null) {
            for (int i = 0; i < width; i++) {
                cells[i] = r.isNullAt(i) ? null : r.getString(i);
            }
            return RowFactory.create(cells);
        }
        CSVRecord rec = record(raw);
        RaggedRecord.Fit fit = rec == null ? null
                : RaggedRecord.fit(rec, width, textColumn, idColumn, Math.max(textColumn, idColumn) + 1, delimiter);
        if (fit == null) {
            said.skips().add(1);
            if (seen[2]++ < SHOWN) {
                tell(n, "skip", which(rec, raw) + ": expected " + width + " fields, found "
                        + (rec == null ? "none readable" : rec.size()) + "; skipped");
            }
            return null;
        }
        said.notes().add(1);
        if (seen[1]++ < SHOWN) {
            tell(n, "note", which(rec, raw) + ": " + fit.note());
        }
        return RowFactory.create(fit.cells().toArray());
    }

    private void tell(long row, String kind, String message) {
        said.tell(table, row, kind, file + ": " + message);
    }

    private CSVRecord record(String raw) {
        try (CSVParser p = CSVParser.parse(new StringReader(raw),
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).build())) {
            List<CSVRecord> all = p.getRecords();
            return all.size() == 1 ? all.get(0) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The row as a message names it: by its id where it has one, else by its start. */
    private String which(CSVRecord rec, String raw) {
        if (rec != null && idColumn >= 0 && idColumn < rec.size() && !rec.get(idColumn).isBlank()
                && rec.get(idColumn).strip().chars().noneMatch(Character::isWhitespace)) {
            return "row " + rec.get(idColumn).strip();
        }
        String start = raw.strip().replaceAll("\\s+", " ");
        return "row '" + (start.length() > START ? start.substring(0, START) + "…" : start) + "'";
    }
}
