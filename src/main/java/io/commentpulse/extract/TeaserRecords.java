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

    /** White space between words, compiled once ({@code String.split} compiles its pattern at each call). */

    private static final Pattern TEASER_LINK = Pattern.compile("(?i)^(?:read more|continue reading|more|learn more|find out more|weiterlesen|mehr erfahren|"
            + "en savoir plus|más información|mas informacion|"
            + "mehr|lire la suite|la suite|leer más|leer mas|seguir leyendo|\\d+\\s+(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies))\\b.*"
            + "|(?:" + CueWords.READ_MORE + "|\\d+\\s+(?:" + CueWords.COMMENTS + "))(?![\\p{L}]).*");

    /** A link's scheme and host ("https://example.com"), or its "//host": what is left is the page's path. */
    /** A link's query or fragment, to its end. */
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*");
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
                } else if (!l.isEmpty() && Spaces.count(l) > 2) {
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
                && !oneWordColumn(lines[1]) && !menuFirst(text);
    }

    /**
     * Four bare words, one a line, opening a text: a menu's items ("Spam" / "Offensive" / "Disagree" / "Off-Topic",
     * then the note under them), not a name over what its writer said.
     */
    private static boolean menuFirst(String text) {
        int words = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!BARE_WORD.matcher(l).matches()) {
                return false;
            }
            if (++words == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * An undated comment signed below: at least a sentence of text over a short last line that is no sentence (the
     * name: "…a real cocktail. / Hal"), not a column of one-word lines.
     */
    static boolean textOverName(String text) {
        int nl = text.lastIndexOf('\n');
        if (nl < 0) {
            return false;
        }
        String last = text.substring(nl + 1).strip();
        String above = text.substring(0, nl);
        return last.length() <= 50 && LETTER.matcher(last).find() && !last.matches(".*[.!?:]$")
                && Spaces.count(last) <= 4 && above.matches("(?s).*\\p{L}.*[.!?…].*")
                && Spaces.removed(above).length() >= 10 && !oneWordColumn(above);
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
            Element link = p.closest(Selectors.LINK);
            if (link != null && !ownPermalink(link)) {
                return true;   // the whole record is one link to another page: a card, never a comment
            }
            for (Element a : p.select(Selectors.TITLE_LINK)) {
                if (Spaces.count(a.text().strip()) >= 2 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select(Selectors.OTHER_HEADING_LINK)) {
                if (Spaces.count(a.text().strip()) >= 4 && !ownPermalink(a)) {
                    return true;
                }
            }
            for (Element a : p.select(Selectors.LINK)) {
                if (TEASER_LINK.matcher(a.text().strip()).matches()) {
                    return true;
                }
                if (linkedTitle(a)) {
                    titles.add(a);
                }
            }
        }
        if (linkDirectory(parts)) {
            return true;
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
     * The record opens with a heading (its first words in an {@code h1}–{@code h6}): a section of the page under its
     * title ("Ingredients", "Instructions", "Notes" in a recipe card), read as a name over a text when no date says
     * otherwise. An undated group of such records is the article's, not readers'.
     */
    static boolean headedSection(List<Element> parts) {
        Element first = parts.get(0);
        for (Element e : first.getAllElements()) {
            if (!e.ownText().isBlank()) {
                Element h = e.closest(Selectors.HEADING);
                return h != null && (h == first || h.parents().contains(first));
            }
        }
        return false;
    }

    /**
     * Most of the record is a list of three or more items that each open with a link to another page, a short
     * description at most after it: a blogroll or a link directory under its heading ("My friends" / "Rafael Rivera
     * He's like inside Windows"), not a reader's words (a reader's list of sources sits under text of their own).
     */
    private static boolean linkDirectory(List<Element> parts) {
        int all = 0;
        int listed = 0;
        for (Element p : parts) {
            all += p.text().length();
            for (Element list : p.select(Selectors.LIST)) {
                Element outer = list.parent() == null ? null : list.parent().closest(Selectors.LIST);
                boolean nested = outer != null && (outer == p || outer.parents().contains(p));
                if (!nested && list.children().size() >= 3
                        && list.children().stream().allMatch(TeaserRecords::opensWithLink)) {
                    listed += list.text().length();
                }
            }
        }
        return all > 0 && listed * 3 >= all * 2;
    }

    /** A list item whose first text is a link to another page (not an anchor on this one) over at most 30 words. */
    private static boolean opensWithLink(Element li) {
        if (!li.normalName().equals("li")) {
            return false;
        }
        for (org.jsoup.nodes.Node n = li.childNodeSize() > 0 ? li.childNode(0) : null; n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element e) {
                Element a = e.normalName().equals("a") ? e : null;
                return a != null && a.hasAttr("href") && !a.attr("href").startsWith("#")
                        && Spaces.count(li.text()) <= 30;
            }
        }
        return false;
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
                        int words = Spaces.count(text);
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
        String path = SCHEME_HOST.matcher(a.attr("href").strip()).replaceFirst("");
        path = QUERY_OR_FRAGMENT.matcher(path).replaceFirst("");
        if (text.length() > 150 || ownPermalink(a) || path.replace("/", "").isBlank()) {
            return false;   // (a link to a site's home page is a commenter's name, "Notes From The Back Porch")
        }
        int words = 0;
        for (String w : Spaces.split(text)) {
            words += WORD.matcher(w).lookingAt() ? 1 : 0;
        }
        if (words < (slugEcho(text, path) ? 3 : 4) || datedLabel(text)) {
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

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern PROFILE_PATH = Pattern.compile("(?i)/(?:users?|members?|profiles?|authors?|u|people|"
            + "about|team|staff|contributors?|writers?|benutzer|mitglieder|membres?|usuarios?|perfil)(?:/|$)");

    /**
     * Two words of the link's text at least, each of three letters or more, stand in its path ("new member intro" →
     * "/222695-new-member-intro.html"): a headline linking to its page under its slug, however short (three words:
     * a name of two is its writer's page's slug as often, "Pearl Higgins" → "/about/pearl-higgins/"), not a
     * commenter's profile page.
     */
    private static boolean slugEcho(String text, String path) {
        if (PROFILE_PATH.matcher(path).find()) {
            return false;
        }
        Set<String> slug = new java.util.HashSet<>(List.of(NOT_WORD.split(path.toLowerCase(java.util.Locale.ROOT))));
        int echoed = 0;
        for (String w : new java.util.HashSet<>(List.of(NOT_WORD.split(text.toLowerCase(java.util.Locale.ROOT))))) {
            echoed += w.length() >= 3 && slug.contains(w) ? 1 : 0;
        }
        return echoed >= 2;
    }

    /** A date with at most two words beside it ("Posted Thursday 6th June 2013 15:43 GMT"): a permalink's label. */
    private static boolean datedLabel(String text) {
        return TimestampParser.find(text, java.time.ZoneOffset.UTC, null).map(m -> {
            String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
            return rest.isEmpty() || Spaces.count(rest) <= 2;
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
        Element link = a.normalName().equals("a") ? a : a.closest(Selectors.LINK);
        String href = link == null ? "" : link.attr("href").strip();
        if (href.startsWith("#") || PERMALINK.matcher(href).find()) {
            return true;
        }
        int hash = href.indexOf('#');
        if (hash < 0) {
            return false;
        }
        // a fragment of another page ("…/222694-review.html#post2299558": a forum's latest post) is that page's
        Set<String> own = ownPaths(link.ownerDocument());
        return own.isEmpty() || own.contains(pathOf(href.substring(0, hash)));
    }

    /** The paths the page says it is at (where it was saved from, its canonical link, its og:url); none when unsaid. */
    private static Set<String> ownPaths(org.jsoup.nodes.Document doc) {
        if (doc == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        if (!doc.location().isBlank()) {
            out.add(pathOf(doc.location()));
        }
        for (Element e : doc.head().select("link[rel=canonical][href], meta[property=og:url][content]")) {
            out.add(pathOf(e.hasAttr("href") ? e.attr("href") : e.attr("content")));
        }
        out.remove("");
        return out;
    }

    /** A link's path without its scheme, host, query and last slash: "https://x.com/a/b/?p=1" → "/a/b". */
    private static String pathOf(String url) {
        String path = SCHEME_HOST.matcher(url.strip()).replaceFirst("");
        path = QUERY_OR_FRAGMENT.matcher(path).replaceFirst("");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
