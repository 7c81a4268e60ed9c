package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.TeaserRecords.MAX_ANCHOR_TEXT;

/**
 * The date sites of a page for the record detector: elements with a machine date ({@code time@datetime}, {@code
 * abbr@title}, a date property) and the smallest elements whose short visible text is mostly a date, less those in
 * hidden popups, skipped elements and the page's navigation, header, footer or aside.
 */
final class DateAnchors {
    private DateAnchors() {
    }

    static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "br", "hr",
            "img", "input", "button", "select", "option", "textarea", "iframe", "link", "meta");

    private static final Set<String> OUTSIDE = Set.of("nav", "aside", "header", "footer");

    /** The labels of an article's dateline, in the languages the extractor reads. */
    private static final String DATELINE = "(?:(?:first|last|originally)\\s+)?(?:published|updated)"
            + "|veröffentlicht|aktualisiert|zuletzt\\s+aktualisiert|publié|mis\\s+à\\s+jour|publicado|actualizado";
    /** The label opening the date's own text, the date right after it ("Published: Dec 13", not "publicado por Ana"). */
    private static final Pattern DATELINE_OPENS = Pattern.compile("(?iU)(?:" + DATELINE
            + ")\\b\\s*(?:on|am|le|el)?\\s*:?\\s*(?=\\p{N}|\\p{L}{3,}\\.?\\s+\\p{N})");
    /** The longest label a dateline has before its date ("Zuletzt aktualisiert am:"). */
    private static final int LABEL_CHARS = 40;
    /** A label alone before the date it names ("First Published", "Aktualisiert am"). */
    private static final Pattern DATELINE_LABEL = Pattern.compile("(?iU)(?:" + DATELINE + ")\\s*(?:on|am|le|el)?\\s*:?");
    private static final Pattern DATE_PROPERTY = Pattern.compile("(?i)datecreated|datepublished|commenttime|dc:date");

    private static final Pattern MAYBE_DATE = Pattern.compile("(?i)[0-9\u0660-\u0669\u06F0-\u06F9]|ago\\b|\\bvor\\b|\\bhace\\b|il y a|\\bher\\b|منذ|قبل");

    private static final int MIN_YEAR = 1995;

    /**
     * True when the last words of {@code m} are its date (a feed item's "… 3 hours ago"), not text after a byline
     * ("Ann on May 2: text" is a comment on one line).
     */
    static boolean endsInDate(Element m, Set<Element> anchors) {
        for (org.jsoup.nodes.Node a = lastText(m); a != null && a != m; a = a.parentNode()) {
            if (a instanceof Element e && anchors.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** The last text of {@code e} that is not blank, in document order, or null. */
    private static TextNode lastText(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            org.jsoup.nodes.Node n = e.childNode(i);
            TextNode t = n instanceof TextNode tn ? (tn.isBlank() ? null : tn) : n instanceof Element c ? lastText(c) : null;
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** How many elements hold each marked element (itself included): one walk up from each mark. */
    static Map<Element, Integer> below(Set<Element> marks) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (Element m : marks) {
            for (Element a = m; a != null; a = a.parent()) {
                out.merge(a, 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Inside navigation, or inside a page-level header, footer or aside (one not within main or article). A footer
     * with another footer after it is a section's (a post's footer holding its thread, the site's footer below it),
     * and so is a header with another header before it.
     */
    static boolean underOutside(Element e) {
        boolean furniture = false;
        for (Element a = e; a != null; a = a.parent()) {
            String t = a.normalName();
            if (t.equals("nav")) {
                return true;
            }
            if (t.equals("main") || t.equals("article")) {
                return false;
            }
            furniture |= OUTSIDE.contains(t) && !sectionPart(a);
        }
        return furniture;
    }

    /** A footer followed by another footer outside it, or a header after another header: a section's, not the page's. */
    private static boolean sectionPart(Element a) {
        String t = a.normalName();
        if (!t.equals("footer") && !t.equals("header")) {
            return false;
        }
        boolean footer = t.equals("footer");
        for (Element x = a; x != null; x = x.parent()) {
            for (Element s = footer ? x.nextElementSibling() : x.previousElementSibling(); s != null;
                 s = footer ? s.nextElementSibling() : s.previousElementSibling()) {
                if (s.normalName().equals(t) || s.selectFirst(t) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The date sites of the page: elements with a machine date, and the smallest elements whose short visible
     * text is mostly a date. An anchor inside another anchor is not counted twice.
     */
    static Set<Element> anchors(Element body) {
        Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (SKIP.contains(e.normalName())) {
                continue;
            }
            if (machineDate(e) || visibleDate(e)) {
                found.add(e);
            }
        }
        Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> popups = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> datelines = Collections.newSetFromMap(new IdentityHashMap<>());
        String host = pageHost(body);
        for (Element e : found) {
            boolean inner = false;
            for (Element a = e.parent(); a != null && !inner; a = a.parent()) {
                inner = found.contains(a);
            }
            if (!inner && !inSkipped(e) && !quoted(e, host)) {
                (dateline(e) ? datelines : inHiddenPopup(e) ? popups : outer).add(e);
            }
        }
        if (datelines.size() > 2) {
            outer.addAll(datelines);   // a thread whose system labels every date "Published": those are its dates
        }
        if (popups.size() > outer.size()) {
            outer.addAll(popups);   // the hidden dates are the only ones (a theme that hides them): they still date
        }
        return outer;
    }

    /**
     * Under a hidden element of a short text: a collapsed header's details ("By karimtemple on 5/15/13, Rating: 1",
     * shown on a click) repeat the visible byline's date and would make the header a record of its own. A collapsed
     * comment, hidden with its text, keeps its date; so do hidden dates where the page shows fewer visible ones.
     */
    private static boolean inHiddenPopup(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (HtmlText.isHidden(a)) {
                return HtmlText.shortText(a, MAX_ANCHOR_TEXT) != null;
            }
        }
        return false;
    }

    /**
     * A date labeled as the article's publication or update ("First Published Dec 13 2016", "Aktualisiert am …",
     * "Mis à jour le …"), by its own text or by a label alone right before it: the article's dateline (one or two on a
     * page; where more dates are so labeled, they are a thread's).
     */
    private static boolean dateline(Element e) {
        String own = HtmlText.shortText(e, MAX_ANCHOR_TEXT);
        if (own != null && DATELINE_OPENS.matcher(own).lookingAt()) {
            return true;
        }
        StringBuilder before = new StringBuilder();
        for (org.jsoup.nodes.Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
            // (a sibling's text read no further than a label's length: an article's body may stand before a date)
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element el ? HtmlText.shortText(el, LABEL_CHARS) : "";
            if (t == null || before.length() + t.length() > LABEL_CHARS) {
                return false;
            }
            before.insert(0, t + " ");
        }
        return DATELINE_LABEL.matcher(before.toString().strip()).matches();
    }

    /**
     * Inside a quotation of another source: a {@code blockquote} that names one ({@code cite}), or whose date links to
     * another site (a tweet the article embeds: "— Name (@name) <a href=https://twitter.com/…>December 11, 2016</a>").
     * Its date is the quoted post's, never the date of a record. (A comment a site sets in a blockquote links its date,
     * if at all, to the page itself.)
     */
    private static boolean quoted(Element e, String host) {
        Element quote = e.closest(Selectors.BLOCKQUOTE);
        if (quote == null) {
            return false;
        }
        if (quote.hasAttr("cite")) {
            return true;
        }
        Element link = e.closest(Selectors.LINK);
        if (link == null || !quote.equals(link.closest(Selectors.BLOCKQUOTE))) {
            return false;
        }
        String to = hostOf(link.attr("abs:href"));
        return to != null && host != null && !sameSite(to, host);
    }

    /** The page's host: from the address it was saved from, else its canonical or og:url link. */
    private static String pageHost(Element body) {
        org.jsoup.nodes.Document doc = body.ownerDocument();
        String h = doc == null ? null : hostOf(doc.location());
        return h != null || doc == null ? h : hostOf(ArticleMetadata.canonicalUrl(doc));
    }

    private static String hostOf(String url) {
        try {
            String h = url == null || url.isBlank() ? null : java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean sameSite(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    private static boolean inSkipped(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (SKIP.contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean machineDate(Element e) {
        String v = e.hasAttr("datetime") ? e.attr("datetime")
                : e.normalName().equals("abbr") && e.hasAttr("title") ? e.attr("title")
                : (e.hasAttr("itemprop") || e.hasAttr("property"))
                && DATE_PROPERTY.matcher(e.attr("itemprop") + e.attr("property")).find() ? e.attr("content") : null;
        return v != null && plausible(TimestampParser.parseMachine(v, ZoneOffset.UTC));
    }

    private static boolean visibleDate(Element e) {
        boolean dateLike = false;
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank() && MAYBE_DATE.matcher(t.getWholeText()).find()) {
                dateLike = true;
                break;
            }
        }
        if (!dateLike) {
            return false;  // every date the parser reads has a digit or a relative word in the element's own text
        }
        String text = HtmlText.shortText(e, MAX_ANCHOR_TEXT);
        if (text == null) {
            text = e.ownText().strip();
            if (text.length() > MAX_ANCHOR_TEXT) {
                return false;
            }
        }
        Optional<TimestampParser.Match> m = TimestampParser.find(text, ZoneOffset.UTC, null);
        if (m.isEmpty() || m.get().value() != null && !plausible(m.get().value()) || TimestampParser.inSpan(text, m.get())) {
            return false;
        }
        return text.length() <= 40 || m.get().raw().length() >= 0.25 * text.length();
    }

    private static boolean plausible(OffsetDateTime t) {
        return t != null && t.getYear() >= MIN_YEAR && t.getYear() <= OffsetDateTime.now(ZoneOffset.UTC).getYear() + 1;
    }
}
