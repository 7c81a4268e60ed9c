package io.commentpulse.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list marks of text browsers other than w3m, read as w3m's. Lynx marks nested list items with a different
 * character at each depth ({@code * + o # @ -}) and prints no blank lines; elinks marks every depth "•"; w3m marks
 * them "•", "□", "☆", "○", "■", "★" and prints a blank line where an item's paragraph ends. The dump reader knows
 * w3m's marks, so an item of another browser's dump is rewritten as w3m prints it: its depth's mark, a blank line
 * before it unless it is a date under its name's item (a nested list of a name and a date over the comment's text:
 * "+ Kate" / "+ July 6, 2015 3:50pm" / "I love this!").
 * <p>
 * A mark is told from text by the list's layout, not by the character alone: the item's text starts two columns after
 * the mark and its wrapped lines stay at that column (a hanging indent). The letter "o" and the dash, which open
 * sentences too, count only where a sibling item with the same mark sits at the same column with nothing less indented
 * between them and the item's text hangs, or in a name's item and its date's inside another item.
 */
final class ListMarks {
    private static final Pattern ITEM = Pattern.compile("^( *)([*+o#@\\-]) (?! )(.*)$|^( *)([*+o#@\\-])$");
    private static final String AMBIGUOUS = "o-@#";
    private static final String MARKS = "*+o#@-";

    private ListMarks() {
    }

    /** The dump's lines, its list items rewritten as w3m prints them; unchanged when it has no such list. */
    static List<String> normalize(List<String> dump) {
        List<String> lines = sameMarkAtEveryDepth(dump);
        boolean[] item = new boolean[lines.size()];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            Mark m = mark(lines.get(i));
            if (m != null) {
                item[i] = AMBIGUOUS.indexOf(m.ch()) < 0 ? hangs(lines, i, m, true) || sibling(lines, i, m)
                        : continues(lines, i, m) && (sibling(lines, i, m) || nested(lines, i, m))
                        || namedAndDated(lines, i, m, item) && nested(lines, i, m);
                any |= item[i];
            }
        }
        if (!any) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + 16);
        boolean afterItem = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!item[i]) {
                afterItem = false;
                out.add(l);
                continue;
            }
            Mark m = mark(l);
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank() && !(afterItem && TimestampParser.onlyDate(m.text()))) {
                out.add("");   // no blank line between a name's item and its date's: w3m prints none there
            }
            char glyph = w3mMark(MARKS.indexOf(m.ch()));
            out.add(" ".repeat(m.column()) + (m.text().isEmpty() ? String.valueOf(glyph) : glyph + " " + m.text()));
            afterItem = true;
        }
        return out;
    }

    /** The line opens with the mark of a list's item at any depth, as w3m prints it ("• ", "□ "). */
    static boolean w3mBullet(String line) {
        return !line.isEmpty() && W3M_MARKS.indexOf(line.charAt(0)) >= 0;
    }

    /** w3m's marks for list items at depth 1, 2, 3…: the depth of a lynx mark is its place in {@link #MARKS}. */
    private static final String W3M_MARKS = "•□☆○■★";

    /** w3m's mark at {@code depth} (0 the outermost; the deepest mark for anything deeper). */
    private static char w3mMark(int depth) {
        return W3M_MARKS.charAt(Math.min(depth, W3M_MARKS.length() - 1));
    }

    /**
     * A dump that marks the items of nested lists "•" at every depth (elinks), its nested items marked as w3m marks
     * them; their depth is how many items at a lesser column enclose them. A dump that holds w3m's nested marks, or
     * bullets at one column only, is left as it is.
     */
    private static List<String> sameMarkAtEveryDepth(List<String> lines) {
        List<String> out = null;
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            int in = indent(l);
            if (W3M_NESTED.matcher(l).lookingAt()) {
                return lines;   // w3m's own dump
            }
            while (!open.isEmpty() && open.peek() >= in + (l.charAt(in) == '•' ? 0 : -1)) {
                open.pop();   // an item at this column or further left, or text left of an item's text, closes it
            }
            if (l.charAt(in) != '•' || in + 1 < l.length() && !Character.isWhitespace(l.charAt(in + 1))) {
                continue;
            }
            if (!open.isEmpty()) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, l.substring(0, in) + w3mMark(open.size()) + l.substring(in + 1));
            }
            open.push(in);
        }
        return out == null ? lines : out;
    }

    private static final Pattern W3M_NESTED = Pattern.compile("^\\s*[" + W3M_MARKS.substring(1) + "]\\s");

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

    /**
     * The item is a name's over the next line, its sibling that is only a date, or it is that date under its name's
     * ("o Randi" / "o July 6, 2015 7:09pm").
     */
    private static boolean namedAndDated(List<String> lines, int i, Mark m, boolean[] item) {
        Mark next = i + 1 < lines.size() ? mark(lines.get(i + 1)) : null;
        Mark previous = i > 0 && item[i - 1] ? mark(lines.get(i - 1)) : null;
        return sameMark(next, m) && TimestampParser.onlyDate(next.text())
                || sameMark(previous, m) && TimestampParser.onlyDate(m.text());
    }

    private static boolean sameMark(Mark other, Mark m) {
        return other != null && other.column() == m.column() && other.ch() == m.ch();
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
