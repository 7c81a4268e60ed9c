package io.commentpulse.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Runs of sibling elements that make comments when their tags say nothing (a script framework renders every list,
 * heading and definition list as {@code div}s): blocks of two to four siblings with one dated part each (a header, a
 * body, a footer), and the siblings of one tag split by shape where an article's other {@code div}s sit among the
 * comments. Compared by {@link #signature}: an element's tag and its children's tags, never a class or id.
 */
final class SiblingRuns {
    /** The tags a comment's box has; paragraphs and inline text are never split by shape. */
    private static final Set<String> BOXES = Set.of("div", "li", "article", "section");

    private SiblingRuns() {
    }

    /**
     * A run of sibling blocks of two to four elements each, exactly one of them dated, where every element may have
     * the same tag (a header, a body and a footer as three {@code div}s, as a {@code dt}/{@code dd} list looks once
     * a framework renders it): the siblings holding a date of their own (outside the records found inside them, such
     * as replies nested in a body) come at one fixed distance, two to four apart, and the blocks are cut at the phase
     * that leaves no sibling of the same shape as a block's part dangling before the first block or after the last.
     */
    static List<List<Element>> datedBlocks(Element container, Set<Element> anchors, Set<Element> records,
                                           Predicate<Element> says) {
        List<Element> kids = new ArrayList<>();
        for (Element c : container.children()) {
            if (!DateAnchors.SKIP.contains(c.normalName())) {
                kids.add(c);
            }
        }
        if (kids.size() < 4) {
            return List.of();
        }
        List<String> sigs = new ArrayList<>();
        for (Element c : kids) {
            sigs.add(signature(c));
        }
        Map<String, Integer> datedShapes = new HashMap<>();
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            if (ownDate(kids.get(i), anchors, records)) {
                dated.add(i);
                datedShapes.merge(sigs.get(i), 1, Integer::sum);
            }
        }
        if (dated.size() < 2) {
            return List.of();
        }
        // the bylines share one shape; a body dated only by a reply nested in it (not found yet) is no byline
        String byline = datedShapes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        dated.removeIf(i -> !sigs.get(i).equals(byline));
        if (dated.size() < 2 || kids.get(dated.get(0)).childrenSize() == 0) {
            // (a byline of bare text, "by Ann on May 17", is how a signature quotes other comments, not a header)
            return List.of();
        }
        int k = dated.get(1) - dated.get(0);
        for (int i = 2; i < dated.size(); i++) {
            if (dated.get(i) - dated.get(i - 1) != k) {
                return List.of();
            }
        }
        if (k < 2 || k > 4) {
            return List.of();
        }
        int n = dated.size();
        int best = -1;
        int bestAgree = -1;
        for (int s = Math.max(0, dated.get(0) - k + 1); s <= dated.get(0); s++) {
            int end = s + n * k;
            if (end > kids.size() || dangling(sigs, s, k, end) > 0) {
                continue;   // a sibling of a block part's shape left over at either end: not this phase
            }
            // the phase whose parts agree position by position across the blocks (a heading before the first header
            // would shift every body to the next header)
            int agree = 0;
            for (int j = 0; j < k; j++) {
                Map<String, Integer> at = new HashMap<>();
                for (int b = 0; b < n; b++) {
                    at.merge(sigs.get(s + b * k + j), 1, Integer::sum);
                }
                agree += at.values().stream().max(Integer::compare).orElse(0);
            }
            if (agree > bestAgree) {
                best = s;
                bestAgree = agree;
            }
        }
        if (best < 0 || bestAgree * 4 < n * k * 3 || new HashSet<>(sigs.subList(best, best + k)).size() == 1) {
            return List.of();   // no clean phase, parts that do not agree, or parts that look all alike
        }
        long withText = kids.stream().filter(Element::hasText).count();
        if (n * k * 2 < withText) {
            return List.of();   // a few dated quotes among an article's paragraphs: the blocks must be most of the list
        }
        Set<String> bylineTexts = new HashSet<>();
        int twiceDated = 0;
        int cued = 0;
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < k; j++) {
                Element part = kids.get(best + b * k + j);
                if (best + b * k + j != dated.get(b) && bylineDate(part, byline, anchors, records)) {
                    twiceDated++;
                    break;
                }
            }
            List<Element> block = kids.subList(best + b * k, best + b * k + k);
            bylineTexts.add(label(block, anchors));
            cued += block.stream().anyMatch(says) ? 1 : 0;
        }
        if (twiceDated * 5 > n) {
            return List.of();   // a second byline in many blocks: comments joined in pairs
        }
        if (bylineTexts.size() < 2 && cued * 2 < n) {
            // the same words around every text ("Version", "Released") and no "said"/"Reply": a changelog, no
            // names (a thread of "Anonymous said..." says what it is)
            return List.of();
        }
        List<List<Element>> blocks = new ArrayList<>();
        for (int b = best; b + k <= best + n * k; b += k) {
            blocks.add(List.copyOf(kids.subList(b, b + k)));
        }
        return blocks;
    }

    /**
     * Siblings of one tag split by their children's tags, where the tag alone mixes kinds (comments as {@code div}s
     * among an article's photo and heading {@code div}s in one flat container): each kind of three or more that follow
     * each other is a group of its own, none of them a teaser (a list of posts with headlines stays a list of posts),
     * saying different things besides their text (names vary; a blog's "· 8 notes" does not).
     */
    static List<List<Element>> bySignature(List<Element> siblings, Predicate<Element> teaser) {
        if (siblings.size() < 3 || !BOXES.contains(siblings.get(0).normalName())) {
            return List.of();   // boxes only: an article's dated paragraphs (a timeline) are no kind of their own
        }
        Map<String, List<Element>> bySig = new LinkedHashMap<>();
        for (Element e : siblings) {
            bySig.computeIfAbsent(signature(e), k -> new ArrayList<>()).add(e);
        }
        if (bySig.size() < 2) {
            return List.of();
        }
        List<List<Element>> out = new ArrayList<>();
        for (List<Element> g : bySig.values()) {
            // three or more in a row (an article's post and its comment box may share a shape, twice), no teaser
            if (g.size() >= 3 && siblings.indexOf(g.get(g.size() - 1)) - siblings.indexOf(g.get(0)) == g.size() - 1
                    && g.stream().noneMatch(teaser) && g.stream().map(SiblingRuns::bylineWords).distinct().count() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    /** Siblings of a block part's shape just before the first block or just after the last. */
    private static int dangling(List<String> sigs, int s, int k, int end) {
        int dangling = 0;
        for (int i = s - 1, j = k - 1; i >= 0 && j >= 1 && sigs.get(i).equals(sigs.get(s + j)); i--, j--) {
            dangling++;
        }
        for (int i = end, j = 0; i < sigs.size() && j < k - 1 && sigs.get(i).equals(sigs.get(s + j)); i++, j++) {
            dangling++;
        }
        return dangling;
    }

    /**
     * True when {@code part} holds a date of its own in a short block with a few words at most beside it (a byline:
     * "Bob May 4, 2020"), not in a sentence ("Mine died on February 14 and …") nor in a reply's header.
     */
    private static boolean bylineDate(Element part, String byline, Set<Element> anchors, Set<Element> records) {
        if (!ownDate(part, anchors, records) || datesInShape(part, byline, anchors, records)) {
            return false;
        }
        for (Element d : part.getAllElements()) {
            if (anchors.contains(d)) {
                Element block = d;
                while (block != part && block.parent() != null && INLINE.contains(block.normalName())) {
                    block = block.parent();
                }
                String t = block.text();
                String rest = TimestampParser.find(t, java.time.ZoneOffset.UTC, null).map(m -> t.replace(m.raw(), " "))
                        .orElse(t);
                if (t.length() <= 80 && Spaces.count(rest.strip()) <= 5) {
                    return true;   // the date and a name at most: a byline
                }
            }
        }
        return false;
    }

    private static final Set<String> INLINE = Set.of("span", "a", "b", "strong", "em", "i", "small", "time", "abbr");

    /** True when every date of {@code part} (outside records) sits in a descendant of the byline's shape: a reply. */
    private static boolean datesInShape(Element part, String byline, Set<Element> anchors, Set<Element> records) {
        for (Element d : part.getAllElements()) {
            if (d == part || !anchors.contains(d)) {
                continue;
            }
            boolean held = false;
            for (Element a = d; a != null && a != part && !held; a = a.parent()) {
                held = records.contains(a) || signature(a).equals(byline);
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an element says besides its longest text, less digits: "Posted by: Sabrina at October" varies from
     * comment to comment, a blog's "March · notes" under each of its posts does not.
     */
    private static String bylineWords(Element e) {
        List<org.jsoup.nodes.TextNode> texts = new ArrayList<>();
        for (Element d : e.getAllElements()) {
            texts.addAll(d.textNodes());   // (a byline may be one date anchor with the name inside: digits go below)
        }
        org.jsoup.nodes.TextNode longest = texts.stream().max(java.util.Comparator.comparingInt(t -> t.text().length()))
                .orElse(null);
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.TextNode t : texts) {
            if (t != longest) {
                sb.append(t.text()).append(' ');
            }
        }
        return sb.toString().replaceAll("[\\d\\s]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What a block says besides its text (every part but the one with the most text), less dates and digits: a
     * commenter's name varies from block to block, a changelog's "Version … Released" does not.
     */
    private static String label(List<Element> block, Set<Element> anchors) {
        Element body = block.stream().max(java.util.Comparator.comparingInt(e -> e.text().length())).orElseThrow();
        StringBuilder sb = new StringBuilder();
        for (Element part : block) {
            if (part != body) {
                sb.append(undated(part, anchors)).append(' ');
            }
        }
        return sb.toString().replaceAll("[\\d\\s]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String undated(Element e, Set<Element> anchors) {
        return undated(e, anchors, "");
    }

    /** The text of {@code e} outside the date anchors below it, {@code between} after each text node. */
    static String undated(Element e, Set<Element> anchors, String between) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element el && anchors.contains(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.text()).append(between);
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString();
    }

    /** True when {@code e} holds a date outside every record already found inside it. */
    private static boolean ownDate(Element e, Set<Element> anchors, Set<Element> records) {
        for (Element d : e.getAllElements()) {
            if (!anchors.contains(d)) {
                continue;
            }
            boolean mine = true;
            for (Element a = d; a != null && a != e && mine; a = a.parent()) {
                mine = !records.contains(a);
            }
            if (mine) {
                return true;
            }
        }
        return false;
    }

    /** An element's tag and the distinct tags of its children: what a block's part looks like in every block. */
    static String signature(Element e) {
        Set<String> tags = new TreeSet<>();
        for (Element c : e.children()) {
            if (!c.normalName().equals("br")) {
                tags.add(c.normalName());   // (a line break is no part: a comment with one is shaped as one without)
            }
        }
        return e.normalName() + tags;
    }
}
