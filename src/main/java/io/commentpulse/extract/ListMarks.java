package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marks of text browsers other than w3m, read as w3m's bullet. Lynx marks nested list items with a different
 * character at each depth ({@code * + o # @ -}), and its items carry no blank line between them; w3m prints "•" and
 * a blank line. The dump reader knows w3m's marks, so an item of a lynx-like dump is rewritten as one: "• text" after a
 * blank line.
 * <p>
 * A mark is told from text by the list's layout, not by the character alone: the item's text starts two columns after
 * the mark and its wrapped lines stay at that column (a hanging indent). The letter "o" and the dash, which open
 * sentences too, count only where a sibling item with the same mark sits at the same column with nothing less indented
 * between them.
 */
final class ListMarks {
    private static final Pattern ITEM = Pattern.compile("^( *)([*+o#@\\-]) (?! )(.*)$|^( *)([*+o#@\\-])$");
    private static final String AMBIGUOUS = "o-@#";
    private static final String MARKS = "*+o#@-";

    private ListMarks() {
    }

    /** The dump's lines, its list items rewritten as w3m prints them; unchanged when it has no such list. */
    static List<String> normalize(List<String> lines) {
        boolean[] item = new boolean[lines.size()];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            Mark m = mark(lines.get(i));
            if (m != null) {
                item[i] = AMBIGUOUS.indexOf(m.ch()) < 0 ? hangs(lines, i, m, true) || sibling(lines, i, m)
                        : continues(lines, i, m) && (sibling(lines, i, m) || nested(lines, i, m));
                any |= item[i];
            }
        }
        if (!any) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + 16);
        for (int i = 0; i < lines.size(); i++) {
            if (!item[i]) {
                out.add(lines.get(i));
                continue;
            }
            Mark m = mark(lines.get(i));
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                out.add("");
            }
            out.add(" ".repeat(m.column()) + (m.text().isEmpty() ? "•" : "• " + m.text()));
        }
        return out;
    }

    private record Mark(int column, char ch, String text) {
    }

    private static Mark mark(String line) {
        if (line.length() < 1 || line.length() > 400) {
            return null;
        }
        int first = indent(line);
        if (first == line.length() || MARKS.indexOf(line.charAt(first)) < 0) {
            return null;   // most lines: no pattern run
        }
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return m.group(2) != null ? new Mark(m.group(1).length(), m.group(2).charAt(0), m.group(3))
                : new Mark(m.group(4).length(), m.group(5).charAt(0), "");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The item's next line, if it belongs to the item, starts two columns after the mark; {@code strict}: the next line
     * does belong to it (a wrapped line or a nested list), so a one-line paragraph that opens with the mark is no item.
     */
    private static boolean hangs(List<String> lines, int i, Mark m, boolean strict) {
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            int in = indent(l);
            Mark next = mark(l);
            if (next != null && (next.column() == m.column() || next.column() == m.column() + 2
                    || next.column() > m.column() + 2 && m.text().isEmpty())) {
                return true;   // a sibling, or the item's own nested list
            }
            return in == m.column() + 2 || !strict && in <= m.column();
        }
        return !strict;
    }

    /** The item's next line is its own: a wrapped line two columns after the mark, or a list nested in it. */
    private static boolean continues(List<String> lines, int i, Mark m) {
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (!l.isBlank()) {
                Mark next = mark(l);
                return next != null ? next.column() > m.column() : indent(l) == m.column() + 2;
            }
        }
        return false;
    }

    /**
     * The item sits inside another list's item: the first line above it that is less indented is that item's mark, or
     * that item's text, whose mark stands two columns to its left further up (a reply nested in a comment).
     */
    private static boolean nested(List<String> lines, int i, Mark m) {
        int j = i - 1;
        while (j >= 0 && (lines.get(j).isBlank() || indent(lines.get(j)) >= m.column())) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        Mark above = mark(lines.get(j));
        if (above != null) {
            return true;
        }
        int text = indent(lines.get(j));
        for (; j >= 0; j--) {
            String l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            Mark parent = mark(l);
            if (parent != null && parent.column() == text - 2) {
                return true;
            }
            if (indent(l) < text) {
                return false;
            }
        }
        return false;
    }

    /** Another item with the same mark at the same column, with nothing less indented between them. */
    private static boolean sibling(List<String> lines, int i, Mark m) {
        return sibling(lines, i, m, 1) || sibling(lines, i, m, -1);
    }

    private static boolean sibling(List<String> lines, int i, Mark m, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            String l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            Mark other = mark(l);
            if (other != null && other.column() == m.column()) {
                return other.ch() == m.ch();
            }
            if (indent(l) <= m.column()) {
                return false;
            }
        }
        return false;
    }
}
