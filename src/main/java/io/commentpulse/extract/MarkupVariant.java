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
 * token derived from a keyed hash of it (consistent within and across pages, meaningless to any rule), and
 * {@link #REMOVED} drops both attributes. Text, tags, nesting and every other attribute stay as they were.
 */
public enum MarkupVariant implements PageVariant {
    AS_IS, RENAMED, REMOVED;

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
        }
        doc.outputSettings().prettyPrint(false);   // the page's own whitespace: a text browser lays it out as it stands
        return new Page(page.path(), doc.outerHtml(), true, page.bytesHash(), page.warnings(), page.modified());
    }

    private static String token(String prefix, String name) {
        return prefix + Hashing.sha256(KEY + name).substring(0, 10);
    }

    /** Parses {@code as-is}, {@code renamed} or {@code removed}. */
    public static MarkupVariant parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
