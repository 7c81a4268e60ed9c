package io.commentpulse.input;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.Csv;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table of comments whose columns are named otherwise ({@code ID}, {@code Text}, {@code created_at},
 * {@code article}), read row by row as a comments CSV ({@link JsonComments#COLUMNS}, then every other column under
 * its own name): the id, text, time (rewritten as ISO-8601 in the zone), author, article, parent and title taken from
 * the columns {@link FieldMapping} names. One row at a time and serializable, so that {@code pulse} and
 * {@code pulse-spark} (on its executors) read such a table alike.
 */
public final class MappedTable implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int id;
    private final int text;
    private final int time;
    private final int author;
    private final int article;
    private final int parent;
    private final int title;
    private final int[] extras;
    private final List<String> columns;
    private final String zone;
    private final DataTimestamps.DateOrder order;
    private final String used;

    private MappedTable(List<String> header, FieldMapping m, List<String> extraNames, ZoneId zone,
                        DataTimestamps.DateOrder order) {
        this.id = at(header, m.id());
        this.text = at(header, m.text());
        this.time = at(header, m.time());
        this.author = at(header, m.author());
        this.article = at(header, m.article());
        this.parent = at(header, m.parent());
        this.title = at(header, m.title());
        this.extras = extraNames.stream().mapToInt(x -> at(header, x)).toArray();
        List<String> cols = new ArrayList<>(JsonComments.COLUMNS);
        cols.addAll(extraNames);
        this.columns = List.copyOf(cols);
        this.zone = zone.getId();
        this.order = order;
        this.used = m.describe();
    }

    /**
     * The table with columns {@code header}, parts named by {@code given} where given and guessed otherwise; every
     * column but the id, the text and the comments CSV's own passes through after them.
     */
    public static MappedTable of(List<String> header, FieldMapping given, ZoneId zone, DataTimestamps.DateOrder order) {
        FieldMapping m = given.completedFrom(new java.util.LinkedHashSet<>(header));
        java.util.Set<String> taken = new java.util.HashSet<>(List.of(m.id(), m.text()));
        List<String> extras = header.stream().filter(h -> !h.isBlank() && !taken.contains(h)
                && !JsonComments.COLUMNS.contains(h)).distinct().toList();
        return new MappedTable(header, m, extras, zone, order);
    }

    /** The columns {@link #row} gives. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the table has a text column; without one it holds no comment. */
    public boolean hasText() {
        return text >= 0;
    }

    /** "id=ID, text=Text, time=created_at, …": what was used, for the user. */
    public String used() {
        return used;
    }

    /**
     * The comments CSV's cells for one row of the table ({@code fields}, as the file has them): number {@code n} of
     * its file (1-based: a row without an id is named "rN"). A time that cannot be read is told to {@code problem}
     * ("time '…' not read") and left empty.
     */
    public List<String> row(List<String> fields, long n, Consumer<String> problem) {
        String raw = cell(fields, time);
        String iso = "";
        try {
            iso = DataTimestamps.parse(raw, ZoneId.of(zone), order).iso();
        } catch (DateTimeException e) {
            problem.accept("time '" + raw + "' not read; kept without a time");
        }
        String idValue = cell(fields, id);
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(Csv.safe(idValue.isEmpty() ? "r" + n : idValue));
        cells.add(Csv.safe(cell(fields, article)));
        cells.add(Csv.safe(cell(fields, title)));
        cells.add(iso);
        cells.add(Csv.safe(raw));
        cells.add(Csv.safe(cell(fields, author)));
        cells.add(Csv.safe(cell(fields, parent)));
        cells.add(Csv.safe(cell(fields, text)));
        for (int x : extras) {
            cells.add(Csv.safe(cell(fields, x)));
        }
        return cells;
    }

    /** A column's value as read (a neutralised formula taken back), "" for a column the table or row lacks. */
    private static String cell(List<String> fields, int i) {
        return i < 0 || i >= fields.size() || fields.get(i) == null ? "" : Csv.unsafe(fields.get(i));
    }

    /** A named column's position: its last (a repeated name reads as its last column), -1 for none. */
    private static int at(List<String> header, String name) {
        return name == null || name.isEmpty() ? -1 : header.lastIndexOf(name);
    }
}
