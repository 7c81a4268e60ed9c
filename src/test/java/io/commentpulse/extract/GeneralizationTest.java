package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generalization check: the record detector alone, on every HTML page of pages-dev and of the annotated
 * pages-pool sample with its class and id values renamed to meaningless tokens, or removed. A detector that had
 * learned names instead of comments would find nothing here (the rules for known markup find 0.014 F1 on the
 * renamed pages-dev). Skipped when ../shared is absent.
 */
class GeneralizationTest {
    static final Path DEV = Path.of("..", "shared", "pages-dev");
    static final Path POOL = Path.of("..", "shared", "pages-pool");
    static final Path ANNOTATED = Path.of("src", "test", "resources", "pages-annotated");

    /**
     * A heading's stale count of none ("Comments (0)" over the thread it heads) still announces undated records: only a
     * label's count of none (a share bar's "Comments 0") is no reason for undated blocks to be comments (session 33's
     * review: a pool page's eight undated replies under their heading, the heading's count set to 0).
     */
    @Test
    void aHeadingsStaleCountOfNoneStillHeadsItsThread() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(POOL), "../shared/pages-pool not present");
        Path page = POOL.resolve("dragnet-R221.html");
        String html = Files.readString(page, java.nio.charset.StandardCharsets.UTF_8);
        String stale = html.replaceFirst("<h2>8 users responded in [^<]*</h2>", "<h2>Comments (0)</h2>");
        org.junit.jupiter.api.Assertions.assertNotEquals(html, stale);
        Path copy = Files.createTempFile("pulse-stale-", ".html");
        try {
            Files.writeString(copy, stale, java.nio.charset.StandardCharsets.UTF_8);
            Extractor extractor = new Extractor(ExtractOptions.defaults());
            List<String> asIs = extractor.extract(page).comments().stream().map(Comment::author).toList();
            assertEquals(8, asIs.size(), asIs.toString());
            assertEquals(asIs, extractor.extract(copy).comments().stream().map(Comment::author).toList());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void recordDetectorFindsCommentsOnRenamedPagesDev() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/pages-dev not present");
        ExtractionEvaluator.Summary s = html(evaluate(DEV, null, MarkupVariant.RENAMED, Detection.RECORDS));
        assertTrue(s.f1() >= 0.90, "renamed pages-dev F1 " + s.f1());
        assertTrue(s.authorAccuracy() >= 0.90, "authors " + s.authorAccuracy());
        assertEquals(0, s.falseOnNegatives(), "comments on pages without comments");
    }

    @Test
    void recordDetectorFindsCommentsWithoutAnyClassOrId() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/pages-dev not present");
        ExtractionEvaluator.Summary s = html(evaluate(DEV, null, MarkupVariant.REMOVED, Detection.RECORDS));
        assertTrue(s.f1() >= 0.80, "class-less pages-dev F1 " + s.f1());
        assertEquals(0, s.falseOnNegatives(), "comments on pages without comments");
    }

    @Test
    void recordDetectorOnAnnotatedPoolPages() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(POOL), "../shared/pages-pool not present");
        ExtractionEvaluator.Summary s = evaluate(ANNOTATED, POOL, MarkupVariant.RENAMED, Detection.RECORDS);
        // 0.973 on the 125 pages (0.955 before session 18's lone replies, counts, feeds, pingbacks and titles)
        assertTrue(s.f1() >= 0.96, "renamed annotated pool F1 " + s.f1());
        assertEquals(0, s.falseOnNegatives(), "comments on pages without comments");
    }

    /**
     * The framework check: every list, heading, section and table tag a plain div as well (first measure, session 19:
     * pool 0.936 with 5 false comments on a page without any, pages-dev 0.870; 0.976 and 0.928 after).
     */
    @Test
    void recordDetectorOnPagesWhoseTagsAreAllDivs() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(POOL) && Files.isDirectory(DEV), "../shared not present");
        ExtractionEvaluator.Summary pool = evaluate(ANNOTATED, POOL, MarkupVariant.DIVS, Detection.RECORDS);
        assertTrue(pool.f1() >= 0.96, "divs annotated pool F1 " + pool.f1());
        assertTrue(pool.authorAccuracy() >= 0.95, "authors " + pool.authorAccuracy());
        assertEquals(0, pool.falseOnNegatives(), "comments on pool pages without comments");
        ExtractionEvaluator.Summary dev = html(evaluate(DEV, null, MarkupVariant.DIVS, Detection.RECORDS));
        assertTrue(dev.f1() >= 0.90, "divs pages-dev F1 " + dev.f1());
        assertEquals(0, dev.falseOnNegatives(), "comments on pages-dev pages without comments");
    }

    @Test
    void defaultExtractorOnAnnotatedPoolPages() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(POOL), "../shared/pages-pool not present");
        ExtractionEvaluator.Summary s = evaluate(ANNOTATED, POOL, MarkupVariant.AS_IS, Detection.NAMED_FIRST);
        assertTrue(s.f1() >= 0.97, "annotated pool F1 " + s.f1());   // 0.9935 on the 125 pages
        assertTrue(s.authorAccuracy() >= 0.975, "authors " + s.authorAccuracy());   // 0.986 (0.980 before session 18)
        assertEquals(0, s.falseOnNegatives(), "comments on pages without comments");
    }

    @Test
    void renamingKeepsTextAndTagsAndChangesOnlyNames() {
        Page page = new Page(Path.of("x.html"), "<div class='comment-list' id='comments'><p class=a>Hi</p></div>",
                true, "h");
        String renamed = MarkupVariant.RENAMED.apply(page).text();
        assertTrue(renamed.contains("<p class=\"c") && renamed.contains(">Hi</p>"), renamed);
        assertTrue(!renamed.contains("comment"), renamed);
        String removed = MarkupVariant.REMOVED.apply(page).text();
        assertTrue(!removed.contains("class=") && !removed.contains("id="), removed);
        // the same name gets the same token on every element and page
        Page twice = new Page(Path.of("y.html"), "<b class='comment-list'></b>", true, "h");
        String token = renamed.replaceAll("(?s).*<div class=\"(c[0-9a-f]+)\".*", "$1");
        assertTrue(MarkupVariant.RENAMED.apply(twice).text().contains(token), token);
        // a link within the page still leads to its target ("Comment" over dragnet-T165's "#disqus_thread")
        Page linked = new Page(Path.of("z.html"), "<a href='#disqus_thread'>7 Comments</a><div id='disqus_thread'>x</div>"
                + "<a href='http://example.com/#top'>away</a>", true, "h");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(MarkupVariant.DIVS.apply(linked).text());
        String href = doc.selectFirst("a").attr("href");
        assertTrue(!href.contains("disqus") && doc.getElementById(href.substring(1)) != null, href);
        assertTrue(doc.select("a").get(1).attr("href").equals("http://example.com/#top"));
    }

    private static ExtractionEvaluator.Summary evaluate(Path sidecars, Path pages, MarkupVariant v, Detection d)
            throws Exception {
        Extractor ex = new Extractor(new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, d), v);
        return new ExtractionEvaluator(ex, pages).evaluate(ExtractionEvaluator.sidecars(sidecars));
    }

    private static ExtractionEvaluator.Summary html(ExtractionEvaluator.Summary all) {
        List<ExtractionEvaluator.PageScore> html = all.pages().stream().filter(p -> p.page().endsWith(".html")).toList();
        return new ExtractionEvaluator.Summary(html);
    }
}
