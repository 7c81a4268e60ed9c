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
        return withoutLeading(text, headerLines);
    }

    /**
     * {@code text} less the lines it opens with that belong to the blocks above the record's body, where the body is
     * the block that opens with the record's date and goes on with what the reader wrote (a name, a badge, a motto
     * and a fan count above "30 seconds ago (7:18 PM) We should get…"): short blocks above such a body are its header
     * on any page, however many records it has. Unchanged where no such body is found or nothing would remain.
     */
    static String stripAbove(String text, List<Element> parts, String dateRaw, Predicate<Element> nested) {
        String date = HtmlText.oneLine(dateRaw);
        if (date.isEmpty()) {
            return text;
        }
        Set<String> headerLines = new HashSet<>();
        for (Element part : parts) {
            Element x = part;
            while (headerLines.isEmpty() && x != null) {
                List<Element> kids = x.children();
                Element next = null;
                for (int i = 0; i < kids.size(); i++) {
                    String t = HtmlText.oneLine(HtmlText.of(kids.get(i), nested));
                    if (!t.contains(date)) {
                        continue;
                    }
                    String after = t.startsWith(date) ? t.substring(date.length()) : "";
                    if (i > 0 && letters(after) >= MIN_TEXT_LETTERS && !CommentChrome.onlyControls(after)) {
                        StringBuilder above = new StringBuilder();
                        for (Element k : kids.subList(0, i)) {
                            above.append(HtmlText.of(k, nested)).append('\n');
                        }
                        if (above.length() <= MAX_HEADER) {
                            for (String l : above.toString().split("\n")) {
                                if (!l.isBlank()) {
                                    headerLines.add(HtmlText.oneLine(l));
                                }
                            }
                        }
                    } else if (i == 0 || !t.startsWith(date)) {
                        next = kids.get(i);   // the date lies deeper: look inside the block that holds it
                    }
                    break;
                }
                x = next;
            }
        }
        if (headerLines.isEmpty()) {
            return text;
        }
        return withoutLeading(text, headerLines);
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

    /** {@code text} less the lines it opens with that are among {@code headerLines}, unless too little would remain. */
    private static String withoutLeading(String text, Set<String> headerLines) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        while (!lines.isEmpty() && (lines.get(0).isBlank() || headerLines.contains(HtmlText.oneLine(lines.get(0))))) {
            lines.remove(0);
        }
        String rest = String.join("\n", lines).strip();
        return letters(rest) >= MIN_TEXT_LETTERS ? rest : text;
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
