package io.commentpulse.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page with comments as it would be without them: the generalization check of {@code pulse eval-extract
 * --cut-threads}. The thread is the smallest element that holds every expected comment's text and byline; it is
 * removed, with everything in it (and so are the page's schema.org comments), and the rest of the page stays as it
 * was: usually the article, navigation, teasers, forms and footer (where the thread shares its smallest element with
 * the article, the article goes too). The page
 * then has no comment, so every comment the extractor finds on it is a false one: the check that a page without
 * comments gives none, on the chrome of real pages that do have comments.
 *
 * <p>Where the thread cannot be found in the markup (fewer than {@link #FOUND_SHARE} of the texts found in it, the
 * page a plain text, or the smallest element holding them the whole body), the page is not cut ({@link #cut()} false)
 * and should be left out of the check.
 */
public final class ThreadCut implements PageVariant {
    /** The share of the expected comments that must be found in the markup for the thread to be cut. */
    static final double FOUND_SHARE = 0.8;

    /** At most this many copies of a thread are cut out of one page. */
    private static final int MAX_COPIES = 3;

    /** Characters of each comment's start looked for (whitespace-normalised, lower case). */
    private static final int KEY_CHARS = 40;

    private final List<String> starts;
    private final List<String> authors;
    private boolean cut;
    private int removedElements;

    /**
     * A cut for a page whose expected comments start with {@code starts} and are signed by {@code authors} (as the
     * sidecars give them; empty where none). The thread cut out holds the signatures too, so that a lone comment goes
     * with its byline, not only the paragraph its text starts in.
     */
    public ThreadCut(List<String> starts, List<String> authors) {
        this.starts = starts.stream().map(ComparableText::of).filter(s -> !s.isEmpty())
                .map(s -> s.length() > KEY_CHARS ? s.substring(0, KEY_CHARS) : s).toList();
        this.authors = authors.stream().map(ComparableText::of).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Whether the last page applied had its thread cut out. */
    public boolean cut() {
        return cut;
    }

    /** How many elements the cut removed (the thread's own included). */
    public int removedElements() {
        return removedElements;
    }

    @Override
    public Page apply(Page page) {
        cut = false;
        removedElements = 0;
        if (!page.html() || starts.isEmpty()) {
            return page;
        }
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser());
        // a page may hold its thread twice (a copy for print or for scripts to show): each copy is cut in turn, while
        // most of the texts are still found
        for (int copy = 0; copy < MAX_COPIES; copy++) {
            Element thread = thread(doc);
            if (thread == null) {
                break;
            }
            removedElements += thread.getAllElements().size();
            thread.remove();
            cut = true;
        }
        if (!cut) {
            return page;
        }
        // the thread as structured data goes with it (schema.org Comment objects, read where no thread is shown)
        for (Element script : doc.select("script[type*=ld+json]")) {
            if (script.data().toLowerCase(java.util.Locale.ROOT).contains("\"comment")) {
                script.remove();
            }
        }
        doc.outputSettings().prettyPrint(false);   // the page's own whitespace, as the other variants keep it
        return page.withText(doc.outerHtml(), true);
    }

    /** The smallest element holding the texts found, or null when too few are found or it is the whole body. */
    private Element thread(Document doc) {
        Map<Element, String> texts = new HashMap<>();
        List<Element> holders = new ArrayList<>();
        for (String key : starts) {
            Element deepest = null;
            for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
                if (text(e, texts).contains(key)) {
                    deepest = e;   // document order: a later element holding it lies inside the earlier one or after it
                }
            }
            if (deepest != null) {
                holders.add(deepest);
            }
        }
        if (holders.isEmpty() || holders.size() < FOUND_SHARE * starts.size()) {
            return null;
        }
        Element common = holders.get(0);
        for (Element h : holders) {
            while (common != null && !(common == h || h.parents().contains(common))) {
                common = common.parent();
            }
        }
        while (common != null && common != doc.body() && !signed(common, texts)) {
            common = common.parent();
        }
        if (common == null || common == doc.body() || common.normalName().equals("html")) {
            return null;
        }
        return common;
    }

    /** Whether {@code e} holds the signatures of most of the comments (all of them, for a thread of a few). */
    private boolean signed(Element e, Map<Element, String> texts) {
        String t = text(e, texts);
        long held = authors.stream().filter(t::contains).count();
        return held >= Math.ceil(FOUND_SHARE * authors.size());
    }

    private static String text(Element e, Map<Element, String> texts) {
        return texts.computeIfAbsent(e, x -> ComparableText.of(x.text()));
    }
}
