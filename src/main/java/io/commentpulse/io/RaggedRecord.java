package io.commentpulse.io;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV record with more or fewer fields than its header, read as the file most likely meant it, or not at all; a row
 * that can be read this way keeps its comment instead of being skipped.
 * <ul>
 * <li>More fields: where the fields right after the text each open with a space, they are the free text's own
 * delimiters, unquoted, as prose has them ("Great, thanks" written without quotes by a hand-made export): the text
 * column takes as many more fields as there are extra, joined again with the delimiter, and the columns after it
 * follow. Otherwise, where the extra fields at the end are all empty, the row merely ends in extra delimiters, and
 * they are dropped. A row whose extra fields read neither way (a stray cell at the end, "1,000" in a text) cannot be
 * told and is not read.</li>
 * <li>Fewer fields: the last cells are missing (a row cut short, a spreadsheet that leaves trailing empty cells
 * out) and are left empty, as long as every column the reader needs is among those present and the id reads as one
 * (no spaces: the next line of an unquoted text broken over two lines does not pass for a row).</li>
 * </ul>
 */
public final class RaggedRecord {
    /** The row's cells, one per header column, and what was done to read it, to tell the user. */
    public record Fit(List<String> cells, String note) {
    }

    private RaggedRecord() {
    }

    /**
     * Reads {@code rec} as a row of {@code width} cells, or returns null where it cannot be read.
     *
     * @param textColumn the index of the free-text column, which absorbs extra fields (-1: none does)
     * @param idColumn   the index of the id column, which a row cut short must hold an id in (-1: none)
     * @param needed     how many leading columns must be present (one past the last column the reader needs)
     * @param delimiter  the file's delimiter, to join a text's fields again
     */
    public static Fit fit(CSVRecord rec, int width, int textColumn, int idColumn, int needed, char delimiter) {
        int size = rec.size();
        if (size > width) {
            Fit joined = joined(rec, width, textColumn, delimiter);
            if (joined != null) {
                return joined;
            }
            for (int i = width; i < size; i++) {
                if (!rec.get(i).isEmpty()) {
                    return null;
                }
            }
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(rec.get(i));
            }
            return new Fit(cells, fields(size - width) + " more than the header, empty, at its end; dropped");
        }
        // (a row cut short is the start of a record only if its id reads as one: a line of an unquoted text that runs
        // on over a line break, "second paragraph,Josh", would pass for a row with the id "second paragraph")
        if (size < width && size >= needed && (idColumn < 0 || idLike(rec.get(idColumn)))) {
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                cells.add(i < size ? rec.get(i) : "");
            }
            return new Fit(cells, fields(width - size) + " fewer than the header: the last cells are left empty");
        }
        return null;
    }

    /**
     * The text's own delimiters taken back: the {@code size - width} fields right after the text each open with a
     * space ("Great, thanks"), or null. A trailing empty field stays a cell of its own ("c1,Great, thanks," under
     * id,text,author: the author is empty).
     */
    private static Fit joined(CSVRecord rec, int width, int textColumn, char delimiter) {
        int size = rec.size();
        int extra = size - width;
        if (textColumn < 0 || textColumn >= width) {
            return null;
        }
        for (int i = textColumn + 1; i <= textColumn + extra; i++) {
            if (rec.get(i).isEmpty() || !Character.isWhitespace(rec.get(i).charAt(0))) {
                return null;
            }
        }
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < textColumn; i++) {
            cells.add(rec.get(i));
        }
        StringBuilder text = new StringBuilder(rec.get(textColumn));
        for (int i = textColumn + 1; i <= textColumn + extra; i++) {
            text.append(delimiter).append(rec.get(i));
        }
        cells.add(text.toString());
        for (int i = textColumn + extra + 1; i < size; i++) {
            cells.add(rec.get(i));
        }
        return new Fit(cells, fields(extra) + " more than the header: read as the text's own unquoted '"
                + delimiter + "' (the text's fields joined again; quote such texts to be sure)");
    }

    /** An id: a value without spaces, as ids are; not a line of prose. */
    private static boolean idLike(String id) {
        return !id.isBlank() && id.strip().chars().noneMatch(Character::isWhitespace);
    }

    private static String fields(int n) {
        return n == 1 ? "1 field" : n + " fields";
    }
}
