package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real pages copied by text browsers at another width than the 100 columns the text reader was developed on
 * ({@code pulse eval-extract --as-text w3m --text-width 60}): a browser breaks every line that is full, so the same
 * comments reach the reader cut at other places. Measured first in session 62, before any change: w3m at 60 columns
 * gave the pool pages F1 0.815 (0.984 at 100) and the benchmark's dev pages 0.816 with 28 false comments on pages
 * without any (0.960 and 0 at 100): a wrapped line's last words ("… of the European Space Agency said") read as a
 * byline. The reader now lays a copy made at another width out again at 100 columns before it reads it
 * ({@link CopyLines#atReadWidth}); a copy made at 100 is read as it is. Floors, not targets; skipped where the pages
 * or the browsers are absent.
 */
class CopyWidthsTest {
    private static final int NARROW = 60;

    private static ExtractionEvaluator.Summary pool(TextBrowserCopy browser, int columns) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GeneralizationTest.POOL), "../shared/pages-pool not present");
        Assumptions.assumeTrue(browser.installed(), browser.program() + " not installed");
        return new ExtractionEvaluator(new Extractor(ExtractOptions.defaults(), browser.at(columns)), GeneralizationTest.POOL)
                .evaluate(ExtractionEvaluator.sidecars(GeneralizationTest.ANNOTATED));
    }

    @Test
    void narrowW3mCopiesOfThePoolPages() throws Exception {
        ExtractionEvaluator.Summary s = pool(TextBrowserCopy.W3M, NARROW);
        assertEquals(125, s.pages().size());
        assertTrue(s.f1() >= 0.84, "w3m at 60 columns: F1 " + s.f1());   // 0.815 before, 0.856 after
        assertEquals(0, s.falseOnNegatives(), "comments found in copies of pages without comments");
    }

    @Test
    void narrowLynxCopiesOfThePoolPages() throws Exception {
        ExtractionEvaluator.Summary s = pool(TextBrowserCopy.LYNX, NARROW);
        assertTrue(s.f1() >= 0.78, "lynx at 60 columns: F1 " + s.f1());   // 0.738 before, 0.791 after
        assertEquals(0, s.falseOnNegatives(), "comments found in copies of pages without comments");
    }

    /**
     * News pages without comments, copied by w3m at 60 columns: a headline list's lines cut as "… Abbas delays
     * decision on peace" / "talks 4 hrs ago" and captions cut as "… at Daytona International Speedway" / "February 26,
     * 2012 in Daytona Beach" read as names over dates (four and three false comments before); joined to the lines
     * they run on into, they are the headlines and captions they were.
     */
    @Test
    void aWrappedLinesLastWordsAreNoByline() throws Exception {
        assertEquals(List.of(), benchmarkCopy("a75ad1c1", TextBrowserCopy.W3M, NARROW));
        assertEquals(List.of(), benchmarkCopy("73c175cd", TextBrowserCopy.W3M, NARROW));
    }

    /**
     * A TypePad footer "Posted by: Janet | Thursday, November 08, 2012 at 01:26 PM" that lynx cut inside its date at
     * 60 columns ("… 2012 at" / "01:26 PM") is read whole: its time is the comment's.
     */
    @Test
    void aBylineCutInsideItsDateIsReadWhole() throws Exception {
        Path page = GeneralizationTest.DEV.resolve("dragnet-R686.html");
        Assumptions.assumeTrue(Files.isRegularFile(page), page + " not present");
        Assumptions.assumeTrue(TextBrowserCopy.LYNX.installed(), "lynx not installed");
        List<Comment> c = copy(PageDecoder.read(page, ExtractOptions.defaults()), TextBrowserCopy.LYNX, NARROW);
        assertTrue(c.size() >= 37, "comments " + c.size());   // 39 on the page; at 60 columns 7 read before, 38 now (38 at 100)
        Comment janet = c.stream().filter(x -> x.author().equals("Janet")).findFirst().orElseThrow();
        assertEquals("2012-11-08T13:26Z", String.valueOf(janet.timestamp()));
    }

    /**
     * DailyTech's thread in lynx's copy, which sets no blank line between blocks: a byline as wide as a full line
     * ("By EnzoFX on 5/15/2013 2:22:26 PM , Rating: 4") runs straight on into the comment under it, which is not
     * joined to it (its date ends on the line), nor is a comment that is one link's address; at 100 columns every one
     * of the 80 comments is read, as before.
     */
    @Test
    void aBylineOverItsCommentIsNotJoinedToIt() throws Exception {
        List<Comment> wide = benchmarkCopy("74e8bc94", TextBrowserCopy.LYNX, TextBrowserCopy.DEFAULT_COLUMNS);
        assertEquals(80, wide.size());
        assertTrue(wide.stream().anyMatch(x -> x.author().equals("mikeyD95125")
                && x.text().startsWith("http://www.thebestpageintheuniverse.net/")), wide.toString());
        List<Comment> narrow = benchmarkCopy("74e8bc94", TextBrowserCopy.LYNX, NARROW);
        Comment enzo = narrow.stream().filter(x -> x.author().equals("EnzoFX")).findFirst().orElseThrow();
        assertTrue(enzo.text().startsWith("His point is that it's not $300 important."), enzo.text());
    }

    /**
     * A copy made at the width the rules were made at is read as it is, line for line; one made at 60 columns is laid
     * out at 100 again: no line longer than 100 columns but a word that does not fit, and the same words in the same
     * order.
     */
    @Test
    void onlyACopyOfAnotherWidthIsLaidOutAgain() throws Exception {
        Path page = GeneralizationTest.DEV.resolve("dragnet-R686.html");
        Assumptions.assumeTrue(Files.isRegularFile(page), page + " not present");
        Assumptions.assumeTrue(TextBrowserCopy.W3M.installed(), "w3m not installed");
        Page html = PageDecoder.read(page, ExtractOptions.defaults());
        List<String> wide = TextBrowserCopy.W3M.apply(html).text().lines().toList();
        assertEquals(wide, CopyLines.atReadWidth(wide));
        List<String> narrow = TextBrowserCopy.W3M.at(NARROW).apply(html).text().lines().toList();
        List<String> laid = CopyLines.atReadWidth(narrow);
        assertTrue(laid.size() < narrow.size() * 0.9, laid.size() + " lines of " + narrow.size());
        assertTrue(laid.stream().allMatch(l -> l.length() <= 100 || !l.strip().contains(" ")),
                laid.stream().filter(l -> l.length() > 100).findFirst().orElse(""));
        assertEquals(String.join(" ", narrow).strip().split("\\s+").length,
                String.join(" ", laid).strip().split("\\s+").length);
    }

    private static List<Comment> benchmarkCopy(String prefix, TextBrowserCopy browser, int columns) throws Exception {
        Path page;
        try (var files = Files.list(BenchmarkPagesTest.PAGES)) {
            page = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            page = null;
        }
        Assumptions.assumeTrue(page != null, "htmlparser-benchmark pages not fetched (tools/fetch-benchmark-pages)");
        Assumptions.assumeTrue(browser.installed(), browser.program() + " not installed");
        return copy(PageDecoder.read(page, ExtractOptions.defaults()), browser, columns);
    }

    private static List<Comment> copy(Page page, TextBrowserCopy browser, int columns) {
        return new TextExtractor().extract(browser.at(columns).apply(page), ExtractOptions.defaults()).comments();
    }
}
