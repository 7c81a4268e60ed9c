package io.commentpulse.extract;

import io.commentpulse.io.Hashing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page as the extractor would see it if its site had named things differently: the generalization check of
 * {@code pulse eval-extract --variant}. {@link #RENAMED} replaces every {@code class} token and {@code id} value by a
 * token derived from a keyed hash of it (consistent within and across pages, meaningless to any rule; a link to an id
 * of the page, {@code href="#…"}, follows its target), and
 * {@link #REMOVED} drops both attributes. Text, tags, nesting and every other attribute stay as they were.
 * {@link #DIVS} renames as {@link #RENAMED} does and also makes every structural tag a plain {@code div} (lists,
 * definition lists, sectioning elements, headings, tables) and {@code cite} a {@code span}, as a page rendered by a
 * script framework often is: only nesting, text, links, images, times, paragraphs and forms still say anything.
 */
public enum MarkupVariant implements PageVariant {
    AS_IS, RENAMED, REMOVED, DIVS;

    /** The tags {@link #DIVS} makes into {@code div}. */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("ul", "ol", "li", "dl", "dt", "dd",
            "article", "section", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "center", "font");

    private static final String KEY = "commentpulse-rename-v1:";

    /** The page with this variant applied; plain-text pages are returned unchanged. */
    @Override
    public Page apply(Page page) {
        if (this == AS_IS || !page.html()) {
            return page;
        }
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser());
        for (Element e : doc.getAllElements()) {
            if (this == REMOVED) {
                e.removeAttr("class");
                e.removeAttr("id");
                continue;
            }
            if (e.hasAttr("class")) {
                List<String> renamed = new ArrayList<>();
                for (String c : e.classNames()) {
                    if (!c.isBlank()) {
                        renamed.add(token("c", c));
                    }
                }
                e.attr("class", String.join(" ", renamed));
            }
            if (e.hasAttr("id")) {
                e.attr("id", token("i", e.id()));
            }
            String href = e.attr("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                e.attr("href", "#" + token("i", href.substring(1)));   // a link within the page follows its target's id
            }
            if (this == DIVS) {
                if (STRUCTURAL.contains(e.normalName())) {
                    e.tagName("div");
                } else if (e.normalName().equals("cite")) {
                    e.tagName("span");
                }
            }
        }
        doc.outputSettings().prettyPrint(false);   // the page's own whitespace: a text browser lays it out as it stands
        return page.withText(doc.outerHtml(), true);
    }

    private static String token(String prefix, String name) {
        return prefix + Hashing.sha256(KEY + name).substring(0, 10);
    }

    /** Parses {@code as-is}, {@code renamed}, {@code removed} or {@code divs}. */
    public static MarkupVariant parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
