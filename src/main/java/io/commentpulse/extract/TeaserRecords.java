package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CommentCues.CUE_REPLY;
import static io.commentpulse.extract.RecordDetector.INLINE;
import static io.commentpulse.extract.RecordDetector.LETTER;
import static io.commentpulse.extract.RecordDetector.WORD;
import static io.commentpulse.extract.RecordDetector.block;
import static io.commentpulse.extract.RecordDetector.parts;

/**
 * Records that are not readers' comments though they repeat like them: teasers (a linked headline, "read more",
 * mostly link text), legends and feeds of status lines, galleries' slides, trackbacks' excerpts, and undated records
 * that are a column of one-word controls rather than a name over a text.
 */
final class TeaserRecords {
    private TeaserRecords() {
    }

    private static final Pattern TEASER_LINK = Pattern.compile("(?i)^(?:read more|continue reading|more|learn more|find out more|weiterlesen|mehr erfahren|"
            + "en savoir plus|más información|mas informacion|"
            + "mehr|lire la suite|la suite|leer más|leer mas|seguir leyendo|\\d+\\s+(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies))\\b.*"
            + "|(?:" + CueWords.READ_MORE + "|\\d+\\s+(?:" + CueWords.COMMENTS + "))(?![\\p{L}]).*");

    /** A link's scheme and host ("https://example.com"), or its "//host": what is left is the page's path. */
    private static final Pattern SCHEME_HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", Pattern.CASE_INSENSITIVE);

    /** Another site's excerpt, as trackbacks and pingbacks quote it: a line that opens and ends with "[...]" or "[…]". */
    static final Pattern EXCERPT = Pattern.compile("(?m)^\\s*\\[(?:\\.\\.\\.|…)\\].*\\[(?:\\.\\.\\.|…)\\]\\s*$");

    /**
     * A slideshow's first slide as a record's first line ("1 of 24", "Photo 1 / 12", "Bild 1 von 8", "1 sur 12"): a
     * photo gallery's frame, whose captions carry dates. A group is galleries only when every record opens so; comments
     * a reader numbered ("1 of 4", "2 of 4") or reviews that open with their rating ("4 sur 5") are not.
     */
    static final Pattern FIRST_SLIDE = Pattern.compile("(?i)^\\s*(?:(?:photo|image|picture|slide|bild|foto|"
            + "diapositive|imagen)\\s*1\\s*(?:of|von|aus|sur|de|/)|1\\s*(?:of|von|aus|sur|de))"
            + "\\s*(?:[3-9]|[1-9]\\d{1,2})\\s*(?:\\n|$)");

    private static final Pattern PERMALINK = Pattern.compile("(?i)comment|kommentar|reply|antwort|[?&](?:c|cid|p|reply)id=|[?&]cid=");

    static final int MAX_ANCHOR_TEXT = 120;

    /** A term, a dash or colon, and its short label: "C - Next Comment", "Shift + A - Mark All Read". */
    private static final Pattern LABEL_LINE = Pattern.compile("\\S{1,12}(?:\\s*\\+\\s*\\S{1,12})?\\s+[-–—=:]\\s+\\S.{0,30}");

    /**
     * Every line of every record is a term and its label: a legend or a list of keyboard shortcuts under a thread's
     * heading ("C - Next Comment" / "X - Mark as Read"), no reader's words.
     */
    static boolean labelList(Set<String> texts) {
        int labels = 0;
        for (String t : texts) {
            for (String line : t.split("\n")) {
                String l = line.strip();
                if (LABEL_LINE.matcher(l).matches()) {
                    labels++;
                } else if (!l.isEmpty() && l.split("\\s+").length > 2) {
                    return false;   // (a group's own heading, "Navigation", may stand over its labels)
                }
            }
        }
        return labels >= 2 * texts.size();
    }

    private static final Pattern HANDLE_COLON = Pattern.compile("^@?[\\p{L}\\p{N}_.]{2,30}:\\s+\\S");

    /**
     * A status update over its time: one line that opens with the poster's handle and a colon, then the date alone
     * ("moorehn: HA! RT @attackerman Consider this a PSA." / "about 2 minutes ago"): a feed's item, as a one-line one.
     */
    static boolean statusLine(String t) {
        String[] lines = t.strip().split("\n");
        return lines.length == 2 && HANDLE_COLON.matcher(lines[0].strip()).lookingAt();
    }

    /**
     * An undated comment: a short first line (the name) over at least a sentence of text, not a column of one-word
     * lines (a report menu's "Spam" over "Offensive", "Disagree", "Off-Topic").
     */
    static boolean nameOverText(String text) {
        String[] lines = text.split("\n", 2);
        return lines.length == 2 && lines[0].length() <= 50 && LETTER.matcher(lines[0]).find()
                && !lines[0].matches(".*[.!?]$") && lines[1].replaceAll("\\s+", "").length() >= 10
                && !oneWordColumn(lines[1]);
    }

    /**
     * Three or more lines, each one bare word of a script that spaces its words ("Offensive", "Off-Topic"; not
     * "Agreed.", a reply link, or a line of Chinese), and nothing else.
     */
    private static boolean oneWordColumn(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || CUE_REPLY.matcher(l).matches()) {
                continue;
            }
            if (!BARE_WORD.matcher(l).matches()) {
                return false;
            }
            lines++;
        }
        return lines >= 3;
    }

    private static final Pattern BARE_WORD = Pattern.compile("(?:[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}][\\p{M}]*)+"
            + "(?:-(?:[\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}][\\p{M}]*)+)*");

    /** A post teaser: a linked heading, or a "read more" / "12 comments" link. */
    static boolean teaser(List<Element> parts) {
        List<Element> titles = new ArrayList<>();
        for (Element p : parts) {
            Element link = p.closest("a[href]");
            if (link != null && !ownPermalink(link)) {
                return true;   // the whole record is one link to another page: a card, never a comment
            }
            for (Element a : p.select("h2 a[href], h3 a[href], a[href] h2, a[href] h3")) {
                if (a.text().strip().split("\\s+").length >= 2 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select("h1 a[href], h4 a[href], h5 a[href], h6 a[href]")) {
                if (a.text().strip().split("\\s+").length >= 4 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select("a[href]")) {
                if (TEASER_LINK.matcher(a.text().strip()).matches()) {
                    return true;
                }
                if (linkedTitle(a)) {
                    titles.add(a);
                }
            }
        }
        if (titles.isEmpty()) {
            return false;
        }
        // a headline leading its item and making much of it ("July 31 / The Agenda: … / a summary"); a reader's
        // "Related: <a headline>" above their own words is a comment
        int all = 0;
        for (Element p : parts) {
            all += p.text().length();
        }
        int titleChars = 0;
        boolean leading = false;
        boolean alone = false;
        for (Element a : titles) {
            titleChars += a.text().length();
            int before = wordsBefore(a, parts);
            leading |= before >= 0;
            alone |= before >= 0 && before <= 1;
        }
        // the title first (after a date or one label: "older", "July 31"), or leading and much of the item, or a
        // list of three or more ("Recommended: …" under a story)
        return alone || leading && titleChars * 5 >= all * 2 || titles.size() >= 3;
    }

    /**
     * The words (outside dates) before {@code a} in the unit, or -1 when a sentence of eight words or more comes
     * first: a title leads its item; a link after a comment's text (a signature, a document it points to) does not.
     */
    private static int wordsBefore(Element a, List<Element> parts) {
        int[] state = {0, 0};   // words seen, 1 = reached the link / -1 = a sentence first
        for (Element p : parts) {
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    if (node == a) {
                        state[1] = 1;
                        return FilterResult.STOP;
                    }
                    if (node instanceof TextNode t && !t.isBlank()) {
                        String text = t.text().strip();
                        int words = text.split("\\s+").length;
                        if (words >= 8) {
                            state[1] = -1;
                            return FilterResult.STOP;
                        }
                        boolean date = TimestampParser.find(text, ZoneOffset.UTC, null)
                                .filter(m -> m.raw().length() * 2 >= text.length()).isPresent();
                        state[0] += date ? 0 : words;
                    }
                    return FilterResult.CONTINUE;
                }
            }, p);
            if (state[1] != 0) {
                break;
            }
        }
        return state[1] == 1 ? state[0] : -1;
    }

    /**
     * A link of four words or more to another page that is the whole text of the block around it: a headline
     * however its site tags it (a heading, or a {@code div} a framework styles as one); only to a page of a site, not
     * its home page.
     */
    private static boolean linkedTitle(Element a) {
        String text = a.text().strip();
        String path = SCHEME_HOST.matcher(a.attr("href").strip()).replaceFirst("").replaceFirst("[?#].*", "");
        if (text.length() > 150 || ownPermalink(a) || path.replace("/", "").isBlank()) {
            return false;   // (a link to a site's home page is a commenter's name, "Notes From The Back Porch")
        }
        int words = 0;
        for (String w : text.split("\\s+")) {
            words += WORD.matcher(w).lookingAt() ? 1 : 0;
        }
        if (words < 4 || datedLabel(text)) {
            return false;   // (a permalink's date, "3/09/15 9:00am", "Posted Thursday 6th June 2013 15:43 GMT", is no headline)
        }
        Element block = a.parent();
        while (block != null && (INLINE.matcher(block.normalName()).matches() || block.normalName().equals("a"))) {
            block = block.parent();
        }
        // (a large block is no title's: its text is not even read, a link in a long comment costs nothing)
        return block != null && HtmlText.shortText(block, 300) != null
                && (block.text().strip().equals(text) || ownFirstLine(block, text));
    }

    /** A date with at most two words beside it ("Posted Thursday 6th June 2013 15:43 GMT"): a permalink's label. */
    private static boolean datedLabel(String text) {
        return TimestampParser.find(text, java.time.ZoneOffset.UTC, null).map(m -> {
            String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
            return rest.isEmpty() || rest.split("\\s+").length <= 2;
        }).orElse(false);
    }

    /**
     * {@code text} is the first line of {@code block} as shown, alone or with only a dated label after it ("Arian
     * Foster has interesting offseason Posted: Jul 18, 2013" over a summary; a headline over its story's first words).
     */
    private static boolean ownFirstLine(Element block, String text) {
        String first = HtmlText.of(block).strip().split("\n", 2)[0].replaceAll("\\s+", " ").strip();
        if (!first.startsWith(text)) {
            return false;
        }
        String rest = first.substring(text.length()).strip();
        if (rest.isEmpty()) {
            return true;   // a line of its own above more (the block is not the link alone: the caller checked)
        }
        Optional<TimestampParser.Match> date = TimestampParser.find(rest, ZoneOffset.UTC, null);
        return date.isPresent() && rest.replace(date.get().raw(), " ").strip().split("\\s+").length <= 2;
    }

    /** A comment title links to the comment itself (an anchor, a comment id), a teaser to another article. */
    private static boolean ownPermalink(Element a) {
        Element link = a.normalName().equals("a") ? a : a.closest("a[href]");
        String href = link == null ? "" : link.attr("href");
        return href.contains("#") || PERMALINK.matcher(href).find();
    }
}
