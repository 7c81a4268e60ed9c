package io.commentpulse.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV header as it is read: every column with a name of its own. A spreadsheet writes a column it was given no name
 * for with an empty header cell, and a table joined from two may name two columns alike ("text" and "text"); a parser
 * would refuse the first and read only one of the second, so a whole file, or a column of it, would be lost. Here a
 * column without a name is {@code column_N} (N its place, from 1) and a name's later columns are {@code NAME_2},
 * {@code NAME_3}, …: the first keeps the name, so it is the one read as the text, id or time, and every other column
 * still passes through under its new name. pulse and pulse-spark both read headers so.
 *
 * @param names the columns' names, one per column, all different
 * @param notes what was renamed, one line per column ("column 3 has no name: read as column_3")
 */
public record CsvHeader(List<String> names, List<String> notes) {
    public CsvHeader {
        names = List.copyOf(names);
        notes = List.copyOf(notes);
    }

    /** The header of a file whose first record is {@code raw}. */
    public static CsvHeader of(List<String> raw) {
        Set<String> given = new HashSet<>(raw);
        Set<String> taken = new HashSet<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<String> names = new ArrayList<>(raw.size());
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i);
            int column = i + 1;
            if (name.isBlank()) {
                String n = free("column_" + column, 1, given, taken);
                names.add(n);
                taken.add(n);
                notes.add("column " + column + " has no name: read as " + n);
            } else if (taken.contains(name)) {
                String n = free(name, 2, given, taken);
                names.add(n);
                taken.add(n);
                notes.add("column " + column + " has the name " + name + " of column " + firstAt.get(name)
                        + ": read as " + n);
            } else {
                names.add(name);
                taken.add(name);
                firstAt.put(name, column);
            }
        }
        return new CsvHeader(names, notes);
    }

    /** Whether any column was renamed. */
    public boolean renamed() {
        return !notes.isEmpty();
    }

    /** {@code base} (k = 1) or {@code base_k}, from the k given on, whichever is no column's name yet. */
    private static String free(String base, int k, Set<String> given, Set<String> taken) {
        String n = k == 1 ? base : base + "_" + k;
        while (taken.contains(n) || given.contains(n)) {
            n = base + "_" + ++k;
        }
        return n;
    }
}
