package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/** Small pages for the extractor's shape tests: comment markup inside an article page, and plain-text dumps. */
final class ExtractFixtures {
    private ExtractFixtures() {
    }

    /** The comments found in {@code comments} placed after a short article, by the given finders. */
    static List<Comment> html(String comments, Detection detection) {
        String page = "<html><head><title>T</title></head><body><main><h1>Post</h1>"
                + "<p>The article text, long enough to be an article and not a comment at all.</p>" + comments
                + "</main></body></html>";
        return new HtmlExtractor().extract(new Page(Path.of("t.html"), page, true, "h"),
                new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, detection)).comments();
    }

    /**
     * The comments the record detector finds in {@code comments} after a short article on a page whose tags are all
     * {@code div}s and paragraphs (no {@code main}, no heading), as a script framework renders one.
     */
    static List<Comment> divPage(String comments) {
        String page = "<html><head><title>T</title></head><body><div><div>Post</div>"
                + "<p>The article text, long enough to be an article and not a comment.</p>" + comments
                + "</div></body></html>";
        return new HtmlExtractor().extract(new Page(Path.of("t.html"), page, true, "h"),
                new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, Detection.RECORDS)).comments();
    }

    /** The comments found in a plain-text copy of a page. */
    static List<Comment> text(String dump) {
        return new TextExtractor().extract(new Page(Path.of("t.txt"), dump, false, "h"), ExtractOptions.defaults()).comments();
    }

    /** Where tools/fetch-npm-pages puts fetched pages: $PULSE_PAGES_CACHE, else ~/.cache/commentpulse. */
    static Path pagesCache() {
        String env = System.getenv("PULSE_PAGES_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "commentpulse");
    }

    /** The extractor reading w3m's copies of pages; the calling test is skipped where w3m is not installed. */
    static Extractor w3mCopies() {
        Assumptions.assumeTrue(TextBrowserCopy.W3M.installed(), "w3m not installed");
        return new Extractor(ExtractOptions.defaults(), TextBrowserCopy.W3M);
    }

    /** The extractor reading lynx's copies of pages; the calling test is skipped where lynx is not installed. */
    static Extractor lynxCopies() {
        Assumptions.assumeTrue(TextBrowserCopy.LYNX.installed(), "lynx not installed");
        return new Extractor(ExtractOptions.defaults(), TextBrowserCopy.LYNX);
    }

    /** The extractor reading elinks' copies of pages; the calling test is skipped where elinks is not installed. */
    static Extractor elinksCopies() {
        Assumptions.assumeTrue(TextBrowserCopy.ELINKS.installed(), "elinks not installed");
        return new Extractor(ExtractOptions.defaults(), TextBrowserCopy.ELINKS);
    }

    /**
     * The extractor reading Chromium's copies of pages (select all, copy: the page's innerText; about 1.5 s a page); the
     * calling test is skipped where Chromium is not installed.
     */
    static Extractor chromiumCopies() {
        Assumptions.assumeTrue(TextBrowserCopy.CHROMIUM.installed(), "chromium not installed");
        return new Extractor(ExtractOptions.defaults(), TextBrowserCopy.CHROMIUM);
    }

    /** How {@code extractor} does on the pages under {@code pages} that the sidecars in {@code sidecars} annotate. */
    static ExtractionEvaluator.Summary measure(Extractor extractor, Path pages, Path sidecars) throws IOException {
        return new ExtractionEvaluator(extractor, pages).evaluate(ExtractionEvaluator.sidecars(sidecars));
    }
}
