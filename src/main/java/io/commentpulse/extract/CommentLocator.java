package io.commentpulse.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements that each hold one reader comment, in page order, and which comment each replies to.
 * Whole-comment elements are recognised by class and id (WordPress, Blogger, Drupal, Disqus fallbacks, wpDiscuz,
 * Kinja, schema.org microdata); where none exist, comment bodies, Blogger/Thesis/classless {@code dt/dd} pairs and
 * repeated siblings inside a comments region stand in. Wrappers that only hold another comment element collapse
 * into it, and items inside furniture (widgets, forms, FAQ, pingbacks) are dropped.
 */
final class CommentLocator {
    private static final Set<String> ITEM_TAGS = Set.of("li", "div", "article", "section", "dd", "dt", "td", "tr", "table",
            "dl", "ul", "blockquote", "p", "aside", "b");

    /** One located comment: its element(s) and its parent item, if threaded. */
    record Item(Element element, List<Element> parts, Item parent) {
    }

    private CommentLocator() {
    }

    static List<Item> locate(Document doc) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (ITEM_TAGS.contains(e.normalName()) && (Markup.anyWhole(e, Markup.ITEM) || Markup.isSchemaComment(e)
                    || isKinjaReply(e))) {
                candidates.add(e);
            }
        }
        candidates.removeIf(e -> {
            if (inExcludedRegion(e)) {
                return true;
            }
            String text = e.text();
            return text.isBlank() || isForm(e) || onlyLinks(e, text);
        });
        if (candidates.isEmpty()) {
            List<Item> pairs = definitionPairs(doc);
            if (!pairs.isEmpty()) {
                return pairs;
            }
            for (Element e : doc.getAllElements()) {
                if (ITEM_TAGS.contains(e.normalName()) && Markup.anyWhole(e, Markup.BODY)) {
                    candidates.add(e);
                }
            }
            candidates.removeIf(e -> inExcludedRegion(e) || e.text().isBlank());
            // a body that only wraps another ("comment-content > comment-text") is one body: its inner one is where
            // the text sits, not a reply (a reply's body sits beside its parent's own text)
            Set<Element> bodies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            bodies.addAll(candidates);
            candidates.removeIf(e -> e.parent() != null && e.parents().stream().anyMatch(b -> bodies.contains(b)
                    && TimestampParser.visibleChars(HtmlText.of(b, x -> x == e)) < 3));
            candidates = expandContainers(candidates);
            if (candidates.size() == 1 && !loneBodyIsComment(candidates.get(0))) {
                candidates = List.of();
            }
        }
        if (!candidates.isEmpty()) {
            List<Element> kept = promoteBareBodies(collapseWrappers(candidates));
            return pairDefinitions(thread(kept, candidates));
        }
        return List.of();
    }

    /**
     * A "body" candidate that is really the list (PIXNET's div#comment-text): replaced by its repeated children
     * that each carry a date.
     */
    private static List<Element> expandContainers(List<Element> candidates) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates) {
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            for (Element c : e.children()) {
                groups.computeIfAbsent(c.normalName() + "." + c.className(), k -> new ArrayList<>()).add(c);
            }
            List<Element> best = List.of();
            for (List<Element> g : groups.values()) {
                if (g.size() >= 2 && g.size() > best.size() && g.stream().allMatch(CommentLocator::looksLikeComment)) {
                    best = g;
                }
            }
            if (best.isEmpty()) {
                out.add(e);
            } else {
                for (Element c : best) {
                    out.add(c);
                    for (Element d : c.getAllElements()) {
                        if (d != c && Markup.anyWhole(d, Markup.OWNER_REPLY) && !d.text().isBlank()) {
                            out.add(d);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A comment element holding only text while its author and date sit in a sibling (a {@code li} with a
     * header and a {@code div.comment}): the parent is the comment.
     */
    private static List<Element> promoteBareBodies(List<Element> kept) {
        Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(kept);
        List<Element> out = new ArrayList<>();
        for (Element e : kept) {
            Element p = e.parent();
            // the cheap tests first: the date tests read the whole text
            boolean bare = p != null && !p.normalName().equals("body") && p.children().size() <= 6
                    && !set.contains(p) && !e.normalName().equals("dd") && !e.normalName().equals("dt")
                    && p.getAllElements().stream().filter(set::contains).count() == 1
                    && !hasDate(e) && hasDate(p);
            out.add(bare ? p : e);
        }
        return out;
    }

    /**
     * A comment body class alone on its page ("format_text" is also what a Thesis theme calls a newsletter box's
     * text) is a comment only with a date or inside a region named for comments: a body class says how text is set,
     * and one such box with neither is no thread.
     */
    private static boolean loneBodyIsComment(Element body) {
        return inCommentRegion(body) || hasDate(body) || body.parent() != null && hasDate(body.parent());
    }

    private static boolean hasDate(Element e) {
        return e.selectFirst(Selectors.TIME) != null || TimestampParser.find(e.text(), java.time.ZoneOffset.UTC, null).isPresent();
    }

    /**
     * Thesis, WordPress {@code dl.commentlist} and similar: a {@code dt} comment header and the {@code dd} body right
     * after it (or the comment element inside that {@code dd}) form one comment.
     */
    private static List<Item> pairDefinitions(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Element e = it.element();
            Element dd = e.nextElementSibling();
            Element next = i + 1 < items.size() ? items.get(i + 1).element() : null;
            // the body may be the dd itself or a comment element inside it (dd > div.comment)
            if (e.normalName().equals("dt") && next != null && dd != null && dd.normalName().equals("dd")
                    && (next == dd || next.parent() == dd && !next.normalName().equals("dt"))) {
                out.add(new Item(e, List.of(e, next), it.parent()));
                i++;
            } else {
                out.add(it);
            }
        }
        return out;
    }

    /** "Post a comment", "3 comments": an element whose whole text is link text. */
    private static boolean onlyLinks(Element e, String text) {
        int linked = 0;
        for (Element a : e.select(Selectors.ANCHOR)) {
            linked += a.text().length();
        }
        return linked >= text.length();
    }

    /** A comment form not wrapped in {@code <form>}: text fields instead of a comment. */
    private static boolean isForm(Element e) {
        return !e.select(Selectors.TEXT_INPUT).isEmpty();
    }

    private static boolean isKinjaReply(Element e) {
        return (e.normalName().equals("article") || e.normalName().equals("li"))
                && e.hasClass("reply") && (e.hasAttr("data-authorname") || e.hasAttr("data-id")
                || e.hasAttr("data-parentid") || e.id().startsWith("reply"));
    }

    static boolean inExcludedRegion(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (a.normalName().equals("form") || a.normalName().equals("nav")) {
                return true;
            }
            if (Markup.any(a, Markup.EXCLUDED_REGION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops candidates that only wrap or list other candidates: those with next to no text of their own before
     * the first candidate inside them. A threaded parent keeps its place, since its own comment comes first.
     */
    private static List<Element> collapseWrappers(List<Element> candidates) {
        Set<Element> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(candidates);
        Set<Element> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : candidates) {
            if (drop.contains(e)) {
                continue;             // already known as the body of an enclosing comment
            }
            Element firstInner = null;
            for (Element d : e.getAllElements()) {
                if (d != e && set.contains(d)) {
                    firstInner = d;
                    break;
                }
            }
            if (firstInner == null) {
                continue;
            }
            Element stop = firstInner;
            boolean[] reached = {false};
            String before = HtmlText.of(e, d -> {
                if (d == stop) {
                    reached[0] = true;
                }
                return reached[0] || set.contains(d);
            }).replaceAll("\\s+", "");
            if (before.length() < 3 && isHeaderOf(firstInner, e, set)) {
                drop.add(firstInner); // the comment's byline, named like a comment; its text is beside it
            } else if (before.length() < 3) {
                drop.add(e);          // a wrapper around one comment, or a list of comments
            } else if (Markup.anyWhole(firstInner, Markup.BODY)) {
                drop.add(firstInner); // the comment's own body, found inside the comment (author, date before it)
            }
        }
        List<Element> kept = new ArrayList<>();
        for (Element e : candidates) {
            if (!drop.contains(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * An inner "comment" that is only the byline of its wrapper: right after it, before any other comment element,
     * the wrapper holds more text than the inner one does (its body: {@code li.comment > p#comment-N} with the
     * author and date, then {@code div.comment-content}).
     */
    private static boolean isHeaderOf(Element inner, Element wrapper, Set<Element> candidates) {
        StringBuilder after = new StringBuilder();
        int[] phase = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == inner) {
                    phase[0] = 1;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && node != wrapper && (candidates.contains(e) || HtmlText.isHidden(e)
                        || e.normalName().equals("script") || e.normalName().equals("style"))) {
                    if (phase[0] == 1 && candidates.contains(e)) {
                        return FilterResult.STOP;
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (phase[0] == 1 && node instanceof TextNode t) {
                    after.append(Spaces.removed(t.getWholeText()));
                }
                return FilterResult.CONTINUE;
            }
        }, wrapper);
        if (after.length() < 20) {
            return false;
        }
        int own = HtmlText.of(inner).replaceAll("\\s+", "").length();
        return after.length() > own && hasDate(inner);
    }

    private static List<Item> thread(List<Element> elements, List<Element> allCandidates) {
        Map<Element, Item> items = new IdentityHashMap<>();
        // a dropped wrapper stands for the first kept comment inside it (li.comment around article.comment-body)
        Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(elements);
        Map<Element, Element> representative = new IdentityHashMap<>();
        for (Element w : allCandidates) {
            if (!kept.contains(w)) {
                for (Element d : w.getAllElements()) {
                    if (d != w && kept.contains(d)) {
                        representative.put(w, d);
                        break;
                    }
                }
            }
        }
        Map<String, Item> byDataId = new HashMap<>();
        List<Item> out = new ArrayList<>();
        for (Element e : elements) {
            Item parent = null;
            for (Element a = e.parent(); a != null && parent == null; a = a.parent()) {
                parent = items.get(a);
                Element rep = representative.get(a);
                if (parent == null && rep != null && rep != e) {
                    parent = items.get(rep);
                }
            }
            if (parent == null) {
                String pid = firstAttr(e, "data-parentid", "data-parent-id", "data-parent");
                if (!pid.isEmpty() && !pid.equals("0")) {
                    parent = byDataId.get(pid);
                }
            }
            Item item = new Item(e, List.of(e), parent);
            items.put(e, item);
            String id = firstAttr(e, "data-id", "data-comment-id", "data-commentid");
            if (!id.isEmpty()) {
                byDataId.put(id, item);
            }
            out.add(item);
        }
        // Elements of one comment split by a wrapper that was dropped: parents are found by ancestry above.
        return out;
    }

    private static String firstAttr(Element e, String... names) {
        for (String n : names) {
            String v = e.attr(n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** Blogger classic, Thesis and classless layouts: a {@code dt} header followed by its {@code dd} siblings. */
    private static List<Item> definitionPairs(Document doc) {
        List<Item> out = new ArrayList<>();
        for (Element dl : doc.select("dl")) {
            if (inExcludedRegion(dl) || !inCommentRegion(dl)) {
                continue;
            }
            List<Item> here = new ArrayList<>();
            Element dt = null;
            List<Element> parts = new ArrayList<>();
            for (Element child : dl.children()) {
                if (child.normalName().equals("dt")) {
                    if (dt != null) {
                        here.add(new Item(dt, List.copyOf(parts), null));
                    }
                    dt = child;
                    parts = new ArrayList<>();
                    parts.add(child);
                } else if (child.normalName().equals("dd") && dt != null) {
                    parts.add(child);
                }
            }
            if (dt != null) {
                here.add(new Item(dt, List.copyOf(parts), null));
            }
            // every header with its text; a last header without one (a page cut short) is dropped, not the list
            List<Item> whole = here.stream().filter(i -> i.parts().size() >= 2).toList();
            boolean cutShort = whole.size() == here.size() - 1 && here.get(here.size() - 1).parts().size() < 2;
            if (!whole.isEmpty() && (whole.size() == here.size() || cutShort)) {
                out.addAll(whole);
            }
        }
        return out;
    }

    static boolean inCommentRegion(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (namesCommentsRegion(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e}'s class or id names a comments region. The page's root never does: a state class on
     * {@code html} or {@code body} ("has-comments", "comments-open") says the page has comments somewhere, not that
     * everything on it is one.
     */
    private static boolean namesCommentsRegion(Element e) {
        return !e.normalName().equals("html") && !e.normalName().equals("body") && Markup.any(e, Markup.REGION);
    }

    /**
     * The record detector's comments, kept to the region the page names as its comments where dated rows sit there
     * too (the weakest named rule's region): a dated timeline in the article is then not read as comments. Where no
     * region so named holds dated rows, or none of the detector's comments lies in one, all of them.
     */
    static List<Item> withinCommentsRegion(Document doc, List<Item> generic) {
        List<Item> named = repeatedSiblings(doc);
        if (named.isEmpty()) {
            return generic;
        }
        Set<Element> regions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item i : named) {
            for (Element a : i.element().parents()) {
                if (namesCommentsRegion(a) && !inExcludedRegion(a)) {
                    regions.add(a);
                    break;
                }
            }
        }
        List<Item> inside = generic.stream()
                .filter(i -> i.element().parents().stream().anyMatch(regions::contains)).toList();
        return inside.isEmpty() ? generic : inside;
    }

    /**
     * The last resort, after the record detector found nothing: dated siblings of one tag and class list inside a
     * region named like comments.
     */
    static List<Item> repeatedSiblings(Document doc) {
        List<Element> best = List.of();
        for (Element region : doc.getAllElements()) {
            if (region.children().size() < 1 || !namesCommentsRegion(region) || inExcludedRegion(region)) {
                continue;
            }
            for (Element container : region.getAllElements()) {
                Map<String, List<Element>> groups = new LinkedHashMap<>();
                for (Element c : container.children()) {
                    if (!ITEM_TAGS.contains(c.normalName())) {
                        continue;
                    }
                    groups.computeIfAbsent(c.normalName() + "." + String.join(".", c.classNames()), k -> new ArrayList<>())
                            .add(c);
                }
                for (List<Element> g : groups.values()) {
                    if (g.size() > best.size() && g.size() >= 2 && g.stream().allMatch(CommentLocator::looksLikeComment)
                            && !linkListing(g)) {
                        best = g;
                    }
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (Element e : best) {
            out.add(new Item(e, List.of(e), null));
        }
        return out;
    }

    private static boolean looksLikeComment(Element e) {
        String text = HtmlText.of(e);
        return text.length() >= 10 && TimestampParser.find(text, java.time.ZoneOffset.UTC, null).isPresent();
    }

    /**
     * Rows whose words outside links are only a date (a repository's file list: name link, commit message link,
     * date): most rows of a group so made are a listing, not comments ("Penny: Yum!" keeps its words).
     */
    private static boolean linkListing(List<Element> rows) {
        int bare = 0;
        for (Element e : rows) {
            String own = HtmlText.of(e, x -> x.normalName().equals("a"));
            java.util.Optional<TimestampParser.Match> d = TimestampParser.find(own, java.time.ZoneOffset.UTC, null);
            int words = own.replaceAll("[\\s\\p{P}]+", "").length()
                    - d.map(m -> m.raw().replaceAll("[\\s\\p{P}]+", "").length()).orElse(0);
            bare += words < 3 ? 1 : 0;
        }
        return bare * 2 > rows.size();
    }
}
