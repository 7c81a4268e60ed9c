package io.commentpulse.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Comments in JSON: JSON Lines (one object per line) or one JSON array of objects, read as a stream (a file of any
 * size needs memory for one record at a time) and written as a comments CSV ({@link #COLUMNS}). A line or element
 * that is not a JSON object is named on one line and skipped; the rest is kept. Times are rewritten as ISO-8601 by
 * {@link DataTimestamps}.
 */
public final class JsonComments {
    public static final List<String> COLUMNS = List.of("comment_id", "article_id", "article_title", "timestamp",
            "timestamp_raw", "author", "reply_to", "text");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a conversion did. */
    public record Result(long rows, long skipped, FieldMapping mapping) {
    }

    private JsonComments() {
    }

    /** True when the file's name says JSON, or its first non-blank character opens an object or array. */
    public static boolean isJson(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    public static Result toCsv(Path in, Path out, FieldMapping given, ZoneId zone, DataTimestamps.DateOrder order,
                               PrintStream err) throws IOException {
        long[] rows = {0};
        long[] skipped = {0};
        FieldMapping[] mapping = {null};
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(in);
             CSVPrinter csv = Csv.printer(Files.newBufferedWriter(out), COLUMNS.toArray(String[]::new))) {
            r.mark(4096);
            int c;
            do {
                c = r.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF);
            r.reset();
            if (c == '[') {
                readArray(in, r, record -> write(record, seen, csv, given, mapping, zone, order, in, err, rows, skipped, List.of(), false), err, skipped);
            } else {
                String line;
                long n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = JSON.readTree(line);
                    } catch (IOException e) {
                        err.printf("pulse: %s: line %d: not a JSON object (%s); skipped%n", in, n, firstLine(e));
                        skipped[0]++;
                        continue;
                    }
                    if (!node.isObject()) {
                        err.printf("pulse: %s: line %d: not a JSON object; skipped%n", in, n);
                        skipped[0]++;
                        continue;
                    }
                    write(node, seen, csv, given, mapping, zone, order, in, err, rows, skipped, List.of(), false);
                }
            }
        }
        return new Result(rows[0], skipped[0], mapping[0]);
    }

    /** Rows read with more or fewer fields than their header are named up to this many times. */
    private static final int MAX_RAGGED_NOTES = 10;

    /**
     * A CSV whose columns are named otherwise (mapped with the same options and guesses as JSON fields), written as a
     * comments CSV. Malformed records are named by line and skipped; a row with more or fewer fields than the header
     * is read as {@link io.commentpulse.io.RaggedRecord} reads it, or named and skipped.
     */
    public static Result fromCsv(Path in, Path out, FieldMapping given, ZoneId zone, DataTimestamps.DateOrder order,
                                 PrintStream err) throws IOException {
        long[] rows = {0};
        long[] skipped = {0};
        FieldMapping[] mapping = {null};
        int[] ragged = {0};
        try (io.commentpulse.io.RecoveringCsv p = io.commentpulse.io.RecoveringCsv.open(in, (line, problem) -> {
            skipped[0]++;
            err.printf("pulse: %s: line %d: malformed CSV record (%s); skipped%n", in, line, problem);
        })) {
            List<String> header = p.header();
            p.headerNotes().forEach(n -> err.println("pulse: " + in + ": header: " + n));
            // every other column passes through after the comment's own, under its own name (a "thread" column read
            // as the article stays "thread" too); only the id and the text are not written twice
            MappedTable table = MappedTable.of(header, given, zone, order);
            try (CSVPrinter csv = Csv.printer(Files.newBufferedWriter(out), table.columns().toArray(String[]::new))) {
                FieldMapping m = given.completedFrom(new java.util.LinkedHashSet<>(header));
                int textColumn = header.indexOf(m.text());
                int idColumn = header.indexOf(m.id());
                int needed = Math.max(textColumn, idColumn) + 1;
                for (io.commentpulse.io.RecoveringCsv.Row row : p) {
                    List<String> fields = row.record().toList();
                    if (p.ragged(row)) {
                        io.commentpulse.io.RaggedRecord.Fit fit = p.fit(row, textColumn, idColumn, needed);
                        if (fit == null) {
                            skipped[0]++;
                            err.printf("pulse: %s: line %d: expected %d fields, found %d; skipped%n", in, row.line(),
                                    header.size(), row.record().size());
                            continue;
                        }
                        if (++ragged[0] <= MAX_RAGGED_NOTES) {
                            err.printf("pulse: %s: line %d: %s%s%n", in, row.line(), fit.note(),
                                    ragged[0] == MAX_RAGGED_NOTES ? " (further such rows are not named)" : "");
                        }
                        fields = fit.cells();
                    }
                    if (mapping[0] == null) {
                        mapping[0] = m;
                        err.println("pulse: " + in + ": fields used: " + table.used());
                    }
                    if (!table.hasText()) {
                        skipped[0]++;
                        if (skipped[0] <= 10) {
                            err.printf("pulse: %s: record %d: no text field (name it with --text-column); skipped%n", in,
                                    rows[0] + skipped[0]);
                        }
                        continue;
                    }
                    long record = rows[0] + skipped[0] + 1;
                    csv.printRecord(table.row(fields, ++rows[0], problem -> err.printf("pulse: %s: record %d: %s%n",
                            in, record, problem)));
                }
            }
        }
        if (ragged[0] > MAX_RAGGED_NOTES) {
            err.printf("pulse: %s: %d rows had more or fewer fields than the header and were read as said above%n", in,
                    ragged[0]);
        }
        return new Result(rows[0], skipped[0], mapping[0]);
    }

    private interface Sink {
        void accept(JsonNode record) throws IOException;
    }

    private static void readArray(Path in, BufferedReader r, Sink sink, PrintStream err, long[] skipped) throws IOException {
        try (JsonParser p = new JsonFactory(JSON).createParser(r)) {
            p.nextToken();   // [
            long element = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                element++;
                JsonNode node = p.readValueAsTree();
                if (node == null || !node.isObject()) {
                    err.printf("pulse: %s: element %d: not a JSON object; skipped%n", in, element);
                    skipped[0]++;
                    continue;
                }
                sink.accept(node);
            }
        } catch (JsonParseException e) {
            err.printf("pulse: %s: line %d: malformed JSON (%s); the records before it were kept%n", in,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), firstLine(e));
            skipped[0]++;
        }
    }

    private static void write(JsonNode node, Set<String> seen, CSVPrinter csv, FieldMapping given, FieldMapping[] mapping, ZoneId zone,
                              DataTimestamps.DateOrder order, Path in, PrintStream err, long[] rows, long[] skipped,
                              List<String> extras, boolean table) throws IOException {
        // fields missing from the first records (a reply's parent_id) are mapped when they first appear
        boolean open = mapping[0] == null || !mapping[0].complete();
        if (open) {
            Set<String> fields = new HashSet<>(seen);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            if (mapping[0] == null || !fields.equals(seen)) {
                FieldMapping before = mapping[0];
                mapping[0] = given.completedFrom(fields);
                seen.clear();
                seen.addAll(fields);
                if (!mapping[0].equals(before)) {
                    err.println("pulse: " + in + ": fields used: " + mapping[0].describe());
                }
            }
        }
        FieldMapping m = mapping[0];
        String text = value(node, m.text());
        // a table's row with an empty text is kept (written with empty scores, as a CSV scored as it is keeps it);
        // a JSON record without one is no comment
        if (m.text().isEmpty() || text.isBlank() && !table) {
            skipped[0]++;
            if (skipped[0] <= 10) {
                err.printf("pulse: %s: record %d: no text%s; skipped%n", in, rows[0] + skipped[0],
                        m.text().isEmpty() ? " field (name it with --text-column)" : "");
            }
            return;
        }
        String raw = value(node, m.time());
        String iso = "";
        try {
            iso = DataTimestamps.parse(raw, zone, order).iso();
        } catch (java.time.DateTimeException e) {
            err.printf("pulse: %s: record %d: time '%s' not read; kept without a time%n", in, rows[0] + skipped[0] + 1, raw);
        }
        rows[0]++;
        String id = value(node, m.id());
        List<String> cells = new java.util.ArrayList<>(List.of(Csv.safe(id.isEmpty() ? "r" + rows[0] : id),
                Csv.safe(value(node, m.article())), Csv.safe(value(node, m.title())), iso, Csv.safe(raw),
                Csv.safe(value(node, m.author())), Csv.safe(value(node, m.parent())), Csv.safe(text)));
        for (String x : extras) {
            cells.add(Csv.safe(value(node, x)));
        }
        csv.printRecord(cells);
    }

    /** A field as text: strings as they are, numbers as written, an object's "name" (an author object). */
    private static String value(JsonNode node, String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isObject()) {
            JsonNode name = v.has("name") ? v.get("name") : v.get("username");
            return name == null ? "" : name.asText();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String firstLine(Exception e) {
        String s = String.valueOf(e.getMessage());
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
