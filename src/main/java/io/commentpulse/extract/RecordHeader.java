package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The header block of a record the detector found: a block of the record that shows its date (with the name, the
 * writer's place and the record's controls beside it: "by: Ann from: Ohio / July 17, 2013 5:03 AM / Report / Reply")
 * above the blocks that hold what the reader wrote. Where a page has three records or more, {@link RecordSlots} tells
 * such lines from the text by their repetition; a record alone or one of two has nothing to compare with, so its header
 * is told by its place instead: the block holding the date, short, with text after it.
 */
final class RecordHeader {
    private static final int MAX_HEADER = 200;
    private static final int MIN_TEXT_LETTERS = 20;
    private static final Pattern BLOCK = Pattern.compile("div|header|p|dl|dt|ul|table|section|footer");

    private RecordHeader() {
    }

    /**
     * {@code text} less the lines it opens with that are the lines of the record's header block, or {@code text}
     * unchanged when the record has no such block (or nothing would remain).
     */
    static String strip(String text, List<Element> parts, String dateRaw, Predicate<Element> nested) {
        Element header = find(parts, dateRaw, nested);
        if (header == null) {
            return text;
        }
        Set<String> headerLines = new HashSet<>();
        for (String l : HtmlText.of(header, nested).split("\n")) {
            if (!l.isBlank()) {
                headerLines.add(HtmlText.oneLine(l));
            }
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        while (!lines.isEmpty() && (lines.get(0).isBlank() || headerLines.contains(HtmlText.oneLine(lines.get(0))))) {
            lines.remove(0);
        }
        String rest = String.join("\n", lines).strip();
        return letters(rest) >= MIN_TEXT_LETTERS ? rest : text;
    }

    /** The first block child of a part whose text holds the date, short, with enough text in the blocks after it. */
    static Element find(List<Element> parts, String dateRaw, Predicate<Element> nested) {
        String date = HtmlText.oneLine(dateRaw);
        if (date.isEmpty()) {
            return null;
        }
        for (Element part : parts) {
            List<Element> kids = part.children();
            for (int i = 0; i < kids.size() - 1; i++) {
                Element c = kids.get(i);
                String t = HtmlText.oneLine(HtmlText.of(c, nested));
                if (!t.contains(date)) {
                    continue;
                }
                if (t.length() > MAX_HEADER || !BLOCK.matcher(c.normalName()).matches()) {
                    return null;   // the date inside the reader's words, or on a line of its own (no block)
                }
                int after = 0;
                for (Element k : kids.subList(i + 1, kids.size())) {
                    after += letters(HtmlText.of(k, nested));
                }
                return after >= MIN_TEXT_LETTERS ? c : null;
            }
        }
        return null;
    }

    /** How many letters a text holds. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
