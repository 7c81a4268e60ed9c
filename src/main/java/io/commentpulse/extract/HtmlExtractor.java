package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Extracts comments from HTML pages: locate comment elements, read their fields, fall back to JSON-LD. */
public final class HtmlExtractor implements PageExtractor {

    @Override
    public PageResult extract(Page page, ExtractOptions options) {
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser());
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        ArticleMetadata.Meta meta = ArticleMetadata.read(doc, jsonLd, options.zone());
        String articleId = CommentIds.articleId(meta.canonicalUrl(), page.bytesHash());
        Article article = new Article(articleId, page.path().toString(), meta.title(), meta.published());
        CommentIds ids = new CommentIds(articleId);

        List<CommentLocator.Item> items = CommentLocator.locate(doc);
        Set<Element> itemElements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CommentLocator.Item i : items) {
            itemElements.add(i.element());
        }
        OffsetDateTime reference = meta.published();
        Map<CommentLocator.Item, String> idOf = new IdentityHashMap<>();
        List<Comment> comments = new ArrayList<>();
        for (CommentLocator.Item item : items) {
            if (isHiddenOrUnder(item.element())) {
                continue;
            }
            Element self = item.element();
            CommentFields.Fields f = CommentFields.read(item, e -> e != self && itemElements.contains(e),
                    options.zone(), reference);
            if (f.text().isBlank() || linkHeavyTeaser(item)) {
                continue;
            }
            String id = ids.next(f.author(), f.timestampRaw(), f.text());
            idOf.put(item, id);
            String parent = "";
            for (CommentLocator.Item p = item.parent(); p != null; p = p.parent()) {
                if (idOf.containsKey(p)) {
                    parent = idOf.get(p);
                    break;
                }
            }
            comments.add(new Comment(id, f.author(), f.timestamp(), f.timestampRaw(), parent, f.text(), f.quote()));
        }
        if (comments.isEmpty()) {
            comments.addAll(fromJsonLd(jsonLd, ids, options, reference));
        }
        return new PageResult(article, comments);
    }

    private static List<Comment> fromJsonLd(List<JsonNode> jsonLd, CommentIds ids, ExtractOptions options,
                                            OffsetDateTime reference) {
        List<Comment> out = new ArrayList<>();
        for (JsonNode c : JsonLd.comments(jsonLd)) {
            String text = Jsoup.parse(c.path("text").asText()).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String author = JsonLd.authorName(c).strip();
            String raw = c.path("dateCreated").asText(c.path("datePublished").asText(""));
            OffsetDateTime ts = TimestampParser.parseMachine(raw, options.zone());
            out.add(new Comment(ids.next(author, raw, text), author, ts, raw, "", text, ""));
        }
        return out;
    }

    private static boolean isHiddenOrUnder(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (HtmlText.isHidden(a)) {
                return true;
            }
        }
        return false;
    }

    /** An article teaser styled as "comment" (opinion sections): mostly link text under a linked heading. */
    private static boolean linkHeavyTeaser(CommentLocator.Item item) {
        Element e = item.element();
        Element heading = e.selectFirst("h1 a[href], h2 a[href], h3 a[href]");
        String all = e.text();
        if (all.isEmpty()) {
            return true;
        }
        int linked = 0;
        for (Element a : e.select("a[href]")) {
            linked += a.text().length();
        }
        return heading != null && (double) linked / all.length() > 0.25 && e.select("time, [class*=date]").isEmpty()
                || (double) linked / all.length() > 0.7;
    }
}
