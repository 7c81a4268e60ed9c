package io.commentpulse.spark;

import io.commentpulse.io.RaggedRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV table's rows with more or fewer fields than its header read as {@code pulse} reads them ({@link RaggedRecord}:
 * a text's own unquoted commas joined back, missing last cells left empty, a row that cannot be told left out), not as
 * Spark's reader leaves them (extra fields dropped, so a text cut at its first comma). Spark hands such a row's whole
 * record in the last column ({@link #RAW}); every other row passes as it is. What was done is told through
 * {@code said} ("note" or "skip", a tab, the message), for the driver to print once the job has run.
 */
final class RaggedRows implements MapPartitionsFunction<Row, Row> {
    /** The column Spark fills with the record of a row whose field count is not the header's. */
    static final String RAW = "__pulse_record";
    static final String NOTE = "note\t";
    static final String SKIP = "skip\t";

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 40;
    private final String file;
    private final int width;
    private final int textColumn;
    private final int idColumn;
    private final char delimiter;
    private final CollectionAccumulator<String> said;

    RaggedRows(String file, List<String> header, char delimiter, CollectionAccumulator<String> said) {
        this.file = file;
        this.width = header.size();
        this.textColumn = header.indexOf("text");
        this.idColumn = Math.max(header.indexOf("id"), header.indexOf("comment_id"));
        this.delimiter = delimiter;
        this.said = said;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        // lazily, in order: a partition's rows are never all held at once
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(rows,
                java.util.Spliterator.ORDERED), false).map(this::fit).filter(java.util.Objects::nonNull).iterator();
    }

    /** The row without the record column, fitted where it was ragged; null for a row left out. */
    private Row fit(Row r) {
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
            said.add(SKIP + file + ": " + which(rec, raw) + ": expected " + width + " fields, found "
                    + (rec == null ? "none readable" : rec.size()) + "; skipped");
            return null;
        }
        said.add(NOTE + file + ": " + which(rec, raw) + ": " + fit.note());
        return RowFactory.create(fit.cells().toArray());
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
        return "row '" + (start.length() > SHOWN ? start.substring(0, SHOWN) + "…" : start) + "'";
    }

    /**
     * Prints what {@code said} holds, each message once (a partition computed again tells it again): at most
     * {@code shown} notes and then their count, and every skipped row. Returns the rows skipped.
     */
    static int print(List<String> said, int shown, java.io.PrintStream err) {
        List<String> notes = new ArrayList<>();
        int skipped = 0;
        for (String s : new java.util.LinkedHashSet<>(said)) {
            if (s.startsWith(SKIP)) {
                err.println("pulse-spark: " + s.substring(SKIP.length()));
                skipped++;
            } else if (s.startsWith(NOTE)) {
                notes.add(s.substring(NOTE.length()));
            }
        }
        notes.stream().limit(shown).forEach(n -> err.println("pulse-spark: " + n));
        if (notes.size() > shown) {
            err.printf("pulse-spark: %d rows had more or fewer fields than their header and were read as said above%n",
                    notes.size());
        }
        return skipped;
    }
}
