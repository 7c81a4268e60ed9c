package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Renders an element's visible text the way a reader sees it: block elements and {@code <br>} break lines,
 * runs of white space collapse, hidden elements and skipped subtrees contribute nothing. Iterative, so
 * arbitrarily deep markup cannot overflow the stack.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer",
            "aside", "figure", "figcaption", "address", "hr", "form", "fieldset", "main", "nav");
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "template", "button", "select",
            "textarea", "input", "svg", "iframe", "object", "img");

    private static final String COMMENT_WORDS = "(?:reader\\s+|user\\s+)?(?:comments?|kommentare?|leserkommentare|commentaires?|"
            + "comentarios?|responses?|replies|reactions?)";

    private HtmlText() {
    }

    /** Visible text of {@code root}, skipping any element for which {@code skip} is true. */
    static String of(Element root, Predicate<Element> skip) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(sb, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e != root && (NEVER.contains(e.normalName()) || isHidden(e) || skip.test(e))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br")) {
                        newline(sb);
                    } else if (BLOCKS.contains(e.normalName())) {
                        newline(sb);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(sb);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return tidy(sb);
    }

    static String of(Element root) {
        return of(root, e -> false);
    }

    /** True when {@code e} or one of its ancestors is hidden. */
    static boolean isHiddenOrUnder(Element e) {
        return isHiddenBelow(e, null);
    }

    /** True when {@code e}, or one of its ancestors below {@code top} (not {@code top} itself), is hidden. */
    static boolean isHiddenBelow(Element e, Element top) {
        for (Element a = e; a != null && a != top; a = a.parent()) {
            if (isHidden(a)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && e.children().isEmpty()) {
            return true;
        }
        return cssHidden(e) && !collapsedThread(e);
    }

    /**
     * Hidden by its inline style (display none, or visibility hidden), or by one of the utility classes that CSS
     * frameworks hide with ({@code hidden}, {@code hide}, {@code d-none}, {@code is-hidden}: Bootstrap, Tailwind,
     * Bulma) and no class that shows it again from a screen width on: what the page does not show, whatever it is
     * named otherwise.
     */
    private static boolean cssHidden(Element e) {
        String cls = e.attr("class");
        if ((cls.contains("hid") || cls.contains("none")) && HIDING_CLASS.matcher(cls).find()
                && !SHOWN_FROM_A_WIDTH.matcher(cls).find()) {
            return true;   // (the cheap look first: this runs for every ancestor of every element read)
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Shown again from a screen width on ("d-none d-md-block", Tailwind's "hidden md:block"): shown on a desktop. */
    private static final Pattern SHOWN_FROM_A_WIDTH = Pattern.compile(
            "(?i)(?:^|\\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)\\S+|\\S+:(?:block|flex|inline\\S*|grid|table\\S*|contents))(?:\\s|$)");
    private static final Pattern HIDING_CLASS = Pattern.compile(
            "(?i)(?:^|\\s)(?:hidden|hide|d-none|is-hidden)(?:\\s|$)");

    /** True when {@code e} lies in a collapsed thread (see {@link #collapsedThread}). */
    static boolean inCollapsedThread(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (cssHidden(a) && collapsedThread(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's text (white space collapsed) when it is at most {@code max} characters, else null: stops reading
     * as soon as it is longer, so a large container costs no more than a small one.
     */
    static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        boolean[] over = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text()).append(' ');
                    if (sb.length() > max * 2 + 64) {
                        over[0] = true;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (over[0]) {
            return null;
        }
        String t = Spaces.collapsed(sb.toString()).strip();
        return t.length() > max ? null : t;
    }

    /**
     * A toggle that opens the comments: an action on them ("Show comments", "View all 12 comments", "Kommentare
     * anzeigen"), a count of one or more with an opening sign ("12 Comments +") or an invitation with its count
     * ("Join the discussion (7 replies)"); a heading ("Comments", "0 Comments", "3 Kommentare") is none.
     */
    private static final Pattern THREAD_TOGGLE = Pattern.compile("(?i)^\\W*(?:(?:show|view|see|read|open|expand|display|"
            + "anzeigen|zeigen|afficher|voir|ver|mostrar)\\s+(?:all\\s+|the\\s+|alle\\s+|les\\s+|los\\s+)?(?:\\d{1,5}\\s+)?"
            + COMMENT_WORDS + "\\b[^\\p{L}]*|(?:[1-9]\\d{0,4})\\s+" + COMMENT_WORDS + "\\s*[+▼▾›»]\\s*"
            + "|" + COMMENT_WORDS + "\\s+(?:anzeigen|zeigen|afficher|mostrar|ver)\\b[^\\p{L}]*"
            + "|(?:join|enter|view|show)\\s+(?:the\\s+)?(?:discussion|conversation)\\s*\\(\\s*[1-9]\\d{0,4}\\s+"
            + COMMENT_WORDS + "\\s*\\)\\W*)$");

    /**
     * A block hidden until its toggle right before it is clicked, the toggle opening comments ("12 Comments +" over
     * CBS's collapsed first page of comments), and the block holding dated records (two dates at least; no template's
     * "{{author}}"): a collapsed thread, which a reader opens with one click, not a hidden template, placeholder or
     * moderation queue.
     */
    private static boolean collapsedThread(Element e) {
        if (!e.normalName().equals("div") && !e.normalName().equals("section") && !e.normalName().equals("ul")
                && !e.normalName().equals("ol")) {
            return false;
        }
        Element toggle = e.previousElementSibling();
        while (toggle != null && toggle.normalName().matches("style|script|link|meta|template")) {
            toggle = toggle.previousElementSibling();   // nothing a reader sees stands between the toggle and its block
        }
        if (toggle == null || cssHidden(toggle)) {
            return false;
        }
        String t = shortText(toggle, 40);
        if (t == null || t.isEmpty() || !THREAD_TOGGLE.matcher(t).matches()) {
            return false;
        }
        String inside = e.text();
        return !inside.contains("{{") && TimestampParser.holdsDates(inside, 2);
    }

    private static void appendCollapsed(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00ad') {
                continue;   // a soft hyphen: where a browser may break a long word, never shown otherwise
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) != ' ' && sb.charAt(len - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void newline(StringBuilder sb) {
        int len = sb.length();
        while (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(--len);
        }
        if (len > 0 && sb.charAt(len - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static String tidy(StringBuilder sb) {
        String[] lines = sb.toString().split("\n");
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    /** Collapses all white space (including line breaks) to single spaces. */
    static String oneLine(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** White space with the no-break space, a run at a time. */
    static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
}
