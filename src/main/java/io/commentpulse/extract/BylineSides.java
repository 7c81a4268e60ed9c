package io.commentpulse.extract;

import io.commentpulse.extract.TextBylines.Header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.TextBodies.TRAILER;
import static io.commentpulse.extract.TextBylines.DASH_SIGNATURE;
import static io.commentpulse.extract.TextBylines.saidLine;
import static io.commentpulse.extract.TextListings.prose;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_CUE;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_HEADING;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_TITLE;
import static io.commentpulse.extract.ThreadBounds.LOG_IN_TO;
import static io.commentpulse.extract.ThreadBounds.SIDEBAR;
import static io.commentpulse.extract.ThreadBounds.headingLine;
import static io.commentpulse.extract.ThreadBounds.isFormField;
import static io.commentpulse.extract.ThreadBounds.isStop;

/**
 * Which side of its text each byline of a text copy stands on. A byline's pattern suggests a side ("Posted by Ann on
 * DATE" under the text on Blogger, a name over its date line above it on most sites); the page's layout says it
 * where every byline touches text on one side only.
 */
final class BylineSides {
    private BylineSides() {
    }

    /**
     * The side of their texts that a page's bylines stand on, read from the layout where their pattern does not say
     * it: a "Posted by Ann on DATE" is a footer on Blogger and a header elsewhere; a name over its date line heads its
     * text on most sites and closes it on others (ZDNet: text, "[avatar]", "ldo17", "7 June, 2013 10:07", "Reply
     * Vote"). When every byline touches text on one side only (no blank line between; a byline's own controls and
     * picture may stand between them on the side above) and that side is not the one its pattern assumes, every
     * byline is read the other way. Bylines that say which side they stand on ("Ann said:", "– Ann" under the text)
     * are left as they are.
     */
    static List<Header> read(List<String> lines, List<Header> headers) {
        List<Header> bylines = new ArrayList<>();
        Set<Integer> headerLines = new HashSet<>();
        for (Header h : headers) {
            String l = lines.get(h.line()).strip();
            // ("– Ann" over its date line says it closes its text; "- Ann , Leeds, DATE" is read from the layout too)
            if (saidLine(l) == null && !(DASH_SIGNATURE.matcher(l).matches() && h.bodyStart() > h.line() + 1)) {
                bylines.add(h);
            }
            headerLines.add(h.line());
        }
        // each byline under its comment's title, its text under both (whatever other bylines the page has: the
        // article's own over the thread)
        List<Header> closing = bylines.stream().filter(Header::footer).toList();
        if (closing.size() >= 3 && closing.stream().filter(h -> titledHead(lines, h, headerLines)).count() * 5
                >= closing.size() * 4L) {
            return flipped(headers, closing, false);
        }
        if (bylines.size() < 2 || bylines.stream().map(Header::footer).distinct().count() > 1) {
            return headers;
        }
        boolean footers = bylines.get(0).footer();
        if (!footers && textFirstThread(lines, bylines, headerLines)) {
            return flipped(headers, bylines, true);
        }
        int neither = 0;
        for (Header h : bylines) {
            boolean above = textAbove(lines, h.line(), headerLines);
            boolean below = h.bodyStart() < lines.size() && !headerLines.contains(h.bodyStart())
                    && textLine(lines.get(h.bodyStart()));
            if (footers ? above : below) {
                return headers;   // a byline touching text on its pattern's side, or on both sides
            }
            if (footers ? !below : !above) {
                neither++;   // touching text on neither side: a short comment (";-)", "+1") says nothing
            }
        }
        if (footers && neither == bylines.size() && headingOver(lines, bylines.get(0).line())) {
            // blank lines on both sides of every byline, and the first right under the comments heading: with no text
            // over it, the first byline heads its text, and so do the others
            return flipped(headers, bylines, false);
        }
        if (neither * NEITHER_SHARE > bylines.size()) {
            return headers;
        }
        if (footers && textBefore(lines, bylines.get(0).line())) {
            return headers;   // the first comment's text over the first byline, a blank line between: footers after all
        }
        if (!footers && (!threadEndsAfter(lines, bylines, headerLines) || headingAbove(lines, bylines.get(0).line()))) {
            // names over dates close their comments only where the thread ends right under the last one's controls
            // (a short last comment, "+1", is no control) and what stands over the first is no heading ("3 thoughts
            // on …", "There are 4 comments")
            return headers;
        }
        return flipped(headers, bylines, !footers);
    }

    /**
     * A byline right under a title of its own (a short line that ends no sentence) and over its text, a blank line
     * between: "RE: Deep disappointment" / "By EnzoFX on 5/15/2013 2:22:26 PM , Rating: 4" / "" / the text. A reader's
     * short comment over a byline that closes it has no blank line under the byline before the next reader's text.
     */
    private static boolean titledHead(List<String> lines, Header h, Set<Integer> headerLines) {
        int j = h.line() - 1;
        if (j < 0 || lines.get(j).isBlank() || headerLines.contains(j)) {
            return false;
        }
        String title = lines.get(j).strip();
        if (Spaces.count(title) > TITLE_WORDS || SENTENCE_END.matcher(title).matches()) {
            return false;
        }
        int k = h.line() + 1;
        while (k < lines.size() && k <= h.line() + 2 && lines.get(k).isBlank()) {
            k++;
        }
        return k > h.line() + 1 && k < lines.size() && !headerLines.contains(k) && textLine(lines.get(k));
    }

    /** The most words a comment's title has. */
    private static final int TITLE_WORDS = 10;

    /** At most one byline in this many may touch text on neither side for the others to say where bylines stand. */
    private static final int NEITHER_SHARE = 5;

    private static List<Header> flipped(List<Header> headers, List<Header> bylines, boolean footers) {
        List<Header> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            out.add(bylines.contains(h) ? new Header(h.line(), h.author(), h.time(), footers, h.bodyStart()) : h);
        }
        return out;
    }

    /**
     * Bylines that close their texts with no blank line on either side (Squarespace: "HOLY!" / "October 11, 2012 |
     * Unregistered CommenterEve" / the next text): the comments heading stands over a text, not over a byline, every
     * byline stands right under a line of text, and no text follows the last byline (a form, the page's end). Where
     * bylines head their texts, the last one has its text under it.
     */
    private static boolean textFirstThread(List<String> lines, List<Header> bylines, Set<Integer> headerLines) {
        for (Header h : bylines) {
            int j = h.line() - 1;
            if (j < 0 || lines.get(j).isBlank() || headerLines.contains(j) || TRAILER.matcher(lines.get(j).strip()).matches()) {
                return false;
            }
        }
        int j = bylines.get(0).line() - 1;
        int block = 0;
        boolean text = false;
        while (j >= 0 && !lines.get(j).isBlank() && !headerLines.contains(j) && block <= 15) {
            String l = lines.get(j).strip();
            text |= l.contains(" ") && textLine(l) || SENTENCE_END.matcher(l).matches();
            j--;
            block++;
        }
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        if (j < 0 || !text || block > 15) {
            return false;
        }
        Header last = bylines.get(bylines.size() - 1);
        if (last.bodyStart() < lines.size() && !lines.get(last.bodyStart()).isBlank()) {
            return false;   // a line right under the last byline ("Thanks for the reply", an image): bylines head texts
        }
        String heading = lines.get(j).strip();
        return heading.length() <= 60 && !heading.matches(".*[.!]$") && (COMMENTS_CUE.matcher(heading).lookingAt() || COMMENTS_HEADING.matcher(heading).find())
                && (threadEndsAfter(lines, bylines, headerLines) || noTextAfter(lines, last));
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*\\p{L}.*[.!?…]$");

    /**
     * The first line under a byline, past blank lines, heads a form ("PostPost a New Comment" with the form's fields
     * under it), or the page ends.
     */
    private static boolean noTextAfter(List<String> lines, Header last) {
        int j = last.line() + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= lines.size()) {
            return true;
        }
        if (!FORM_HEADING.matcher(lines.get(j).strip()).matches()) {
            return false;
        }
        for (int f = j + 1; f < Math.min(lines.size(), j + FORM_REACH); f++) {
            if (ThreadBounds.isFormField(lines.get(f))) {
                return true;   // the heading's form: its fields follow
            }
        }
        return false;
    }

    /** How many lines under its heading a comment form's first field may stand. */
    private static final int FORM_REACH = 12;

    /**
     * A short line that names a comment, as a form's heading does: "Post a New Comment", "Kommentar schreiben", "Leave
     * your reply below...". No comma, no colon inside and no sentence's end: a reader's "Great comment, Ann", "Reply to
     * Ann: fair comment" or "Thanks for the reply!" is no heading.
     */
    private static final java.util.regex.Pattern FORM_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?=(?:\\S+\\s+){0,5}\\S+$)(?![^,]*,)(?!.*:.)(?!.*(?<!\\.\\.)[.!?]$).*\\b(?:comment|kommentar|commentaire|comentario|reply"
            + "|antwort|réponse|respuesta)s?\\b.*");

    /**
     * True when the thread ends right under the last byline: past blank lines and the controls every byline has, the
     * next line ends it ("Related Stories", a form, a sidebar's heading) or the page ends.
     */
    private static boolean threadEndsAfter(List<String> lines, List<Header> bylines, Set<Integer> headerLines) {
        Header last = bylines.get(bylines.size() - 1);
        OwnControls own = new OwnControls(lines, bylines);
        for (int j = last.bodyStart(); j < lines.size(); j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty() || own.test(l)) {
                continue;
            }
            return !headerLines.contains(j) && (isStop(l) || SIDEBAR.matcher(l).matches() || isFormField(l)
                    || LOG_IN_TO.matcher(l).matches() || headingLine(lines, j) || pagerList(lines, j));
        }
        return true;
    }

    /**
     * A thread's pager as a list, a page's number on each line: "• 1" over "• 2" (a blank line between or none; a
     * browser's copy gives no bullets: "1" over "2").
     */
    private static boolean pagerList(List<String> lines, int j) {
        java.util.regex.Matcher m = PAGE_ITEM.matcher(lines.get(j).strip());
        int n = j + 1;
        while (n < lines.size() && n <= j + 2 && lines.get(n).isBlank()) {
            n++;
        }
        if (!m.matches() || n >= lines.size() || m.group(1).length() > 3) {
            return false;
        }
        java.util.regex.Matcher next = PAGE_ITEM.matcher(lines.get(n).strip());
        return next.matches() && next.group(1).length() <= 3
                && Integer.parseInt(next.group(1)) == Integer.parseInt(m.group(1)) + 1;
    }

    private static final java.util.regex.Pattern PAGE_ITEM = java.util.regex.Pattern.compile("^(?:[•*]\\s*)?(\\d+)$");

    /** Reader text is the first non-blank line over a byline, past its controls. */
    private static boolean textBefore(List<String> lines, int line) {
        int j = line - 1;
        while (j >= 0 && (lines.get(j).isBlank() || controlLine(lines.get(j)))) {
            j--;
        }
        return j >= 0 && textLine(lines.get(j)) && !COMMENTS_HEADING.matcher(lines.get(j)).find()
                && !COMMENTS_CUE.matcher(lines.get(j).strip()).lookingAt();
    }

    /** The first non-blank line over a byline heads comments ("Comments", "12 Comments"). */
    private static boolean headingOver(List<String> lines, int line) {
        int j = line - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j >= 0 && (COMMENTS_CUE.matcher(lines.get(j).strip()).lookingAt()
                || COMMENTS_HEADING.matcher(lines.get(j).strip()).find() && lines.get(j).strip().length() <= 40);
    }

    /** The first line over a byline, past its controls, heads comments: "3 thoughts on …", "12 Comments". */
    private static boolean headingAbove(List<String> lines, int line) {
        int j = overControls(lines, line);
        if (j < 0) {
            return false;
        }
        String l = lines.get(j).strip();
        return COMMENTS_CUE.matcher(l).lookingAt() || COMMENTS_HEADING.matcher(l).find();
    }

    /**
     * The controls under a page's bylines, counted once per thread: a control right under every byline, or all but
     * one ("Reply Vote"), or a known control, is the byline's own.
     */
    static final class OwnControls {
        private final Map<String, Integer> under = new HashMap<>();
        private final int bylines;

        OwnControls(List<String> lines, List<Header> headers) {
            bylines = headers.size();
            for (Header h : headers) {
                int j = h.bodyStart();
                while (j < lines.size() && j < h.bodyStart() + 2 && lines.get(j).isBlank()) {
                    j++;
                }
                if (j < lines.size() && !lines.get(j).isBlank()) {
                    under.merge(controlKey(lines.get(j)), 1, Integer::sum);
                }
            }
        }

        boolean test(String line) {
            String l = line.strip();
            if (l.isEmpty() || l.length() > CONTROLS_LENGTH) {
                return false;
            }
            if (TRAILER.matcher(l).matches()) {
                return controlLine(l);
            }
            int n = under.getOrDefault(controlKey(l), 0);
            // the same words under every byline, or all but one, however their counts differ ("Reply 2 Votes", "Reply
            // Vote"; "Click to rate Rating (0)", "Click to rate Rating 3"): the byline's own; a control's look is
            // enough where it stands under two
            return n >= Math.max(2, bylines - 1) && (controlLine(l) || n >= 3);
        }
    }

    /** Longer than this, a line is no byline's controls. */
    private static final int CONTROLS_LENGTH = 60;

    /** A control's words without its counts and plurals: "Reply 2 Votes" and "Reply Vote" are one. */
    private static String controlKey(String line) {
        return CONTROL_KEYS.of(line);   // (each byline's line under it is keyed again for every test of the text)
    }

    private static final Answers<String, String> CONTROL_KEYS = new Answers<>(BylineSides::keyOf, 4_096);

    private static String keyOf(String line) {
        String key = COUNTS.matcher(line.strip().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return Spaces.collapsed(PLURAL_S.matcher(key).replaceAll("")).strip();
    }

    private static final Pattern COUNTS = Pattern.compile("[\\p{N}()\\[\\]]+");
    private static final Pattern PLURAL_S = Pattern.compile("(?<=\\p{L}{3})s\\b");

    /** Text right above a byline's first line, past at most two of its controls or pictures, with no blank between. */
    private static boolean textAbove(List<String> lines, int line, Set<Integer> headerLines) {
        int j = overControls(lines, line);
        return j >= 0 && !headerLines.contains(j) && textLine(lines.get(j));
    }

    /** The line right above {@code line} past at most two of a byline's controls or pictures (-1 at the top). */
    private static int overControls(List<String> lines, int line) {
        int j = line - 1;
        for (int skipped = 0; j >= 0 && skipped < 2 && controlLine(lines.get(j)); skipped++) {
            j--;
        }
        return j;
    }

    /** A line of a reader's text: two lower-case words or more, and no control, heading or form. */
    private static boolean textLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && prose(l) && !TRAILER.matcher(l).matches() && !isStop(l)
                && !LOG_IN_TO.matcher(l).matches()
                && !COMMENTS_TITLE.matcher(l).matches() && !isFormField(l);
    }

    /** A comment's control or picture: "Reply", "Reply Vote", "[6343]", "[] 0", "Report abuse". */
    private static boolean controlLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && (TRAILER.matcher(l).matches() || Spaces.count(l) <= 3 && !prose(l));
    }

}
