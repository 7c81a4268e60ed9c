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
    private SiblingRuns() {
    }

    /**
     * A run of sibling blocks of two to four elements each, exactly one of them dated, where every element may have
     * the same tag (a header, a body and a footer as three {@code div}s, as a {@code dt}/{@code dd} list looks once
     * a framework renders it): the siblings holding a date of their own (outside the records found inside them, such
     * as replies nested in a body) come at one fixed distance, two to four apart, and the blocks are cut at the phase
     * that leaves no sibling of the same shape as a block's part dangling before the first block or after the last.
     */
    static List<List<Element>> datedBlocks(Element container, Set<Element> anchors, Set<Element> records) {
        List<Element> kids = new ArrayList<>();
        for (Element c : container.children()) {
            if (!RecordDetector.SKIP.contains(c.normalName())) {
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
        int best = -1;
        int bestDangling = Integer.MAX_VALUE;
        for (int s = Math.max(0, dated.get(0) - k + 1); s <= dated.get(0); s++) {
            int end = s + dated.size() * k;
            if (end > kids.size()) {
                continue;
            }
            int dangling = 0;
            for (int i = s - 1, j = k - 1; i >= 0 && j >= 1 && sigs.get(i).equals(sigs.get(s + j)); i--, j--) {
                dangling++;
            }
            for (int i = end, j = 0; i < kids.size() && j < k - 1 && sigs.get(i).equals(sigs.get(s + j)); i++, j++) {
                dangling++;
            }
            if (dangling < bestDangling) {
                best = s;
                bestDangling = dangling;
            }
        }
        if (best < 0 || bestDangling > 0 || new HashSet<>(sigs.subList(best, best + k)).size() == 1) {
            return List.of();   // no phase without a part left over, or parts that look all alike: no blocks to trust
        }
        long withText = kids.stream().filter(Element::hasText).count();
        if (dated.size() * k * 2 < withText) {
            return List.of();   // a few dated quotes among an article's paragraphs: the blocks must be most of the list
        }
        List<List<Element>> blocks = new ArrayList<>();
        for (int b = best; b + k <= best + dated.size() * k; b += k) {
            blocks.add(List.copyOf(kids.subList(b, b + k)));
        }
        return blocks;
    }

    /**
     * Siblings of one tag split by their children's tags, where the tag alone mixes kinds (comments as {@code div}s
     * among an article's photo and heading {@code div}s in one flat container): each kind of three or more that follow
     * each other is a group of its own. Not where any sibling is a teaser: a list of posts is not cut into the posts
     * without "read more".
     */
    static List<List<Element>> bySignature(List<Element> siblings, Predicate<Element> teaser) {
        if (siblings.size() < 3) {
            return List.of();
        }
        Map<String, List<Element>> bySig = new LinkedHashMap<>();
        for (Element e : siblings) {
            bySig.computeIfAbsent(signature(e), k -> new ArrayList<>()).add(e);
        }
        if (bySig.size() < 2) {
            return List.of();
        }
        for (Element e : siblings) {
            if (teaser.test(e)) {
                return List.of();
            }
        }
        List<List<Element>> out = new ArrayList<>();
        for (List<Element> g : bySig.values()) {
            // three or more in a row: an article's post and its comment box may share a shape, twice
            if (g.size() >= 3 && siblings.indexOf(g.get(g.size() - 1)) - siblings.indexOf(g.get(0)) == g.size() - 1) {
                out.add(g);
            }
        }
        return out;
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
            tags.add(c.normalName());
        }
        return e.normalName() + tags;
    }
}
