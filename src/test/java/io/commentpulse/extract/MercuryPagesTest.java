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
 * 110 real news pages of 2016–2019 (7 with 38 reader comments, 103 without) that @postlight/mercury-parser 1.1.1
 * ships as test fixtures, annotated per comment in session 43 and measured before any change (HTML F1 0.557 with 41
 * false comments, w3m copies 0.500 with 58): {@code src/test/resources/pages-mercury/README.md}. The tests below name
 * only pages of the set's dev part. The pages are fetched by {@code tools/fetch-mercury-pages} (CI does); skipped when
 * they are absent.
 */
class MercuryPagesTest {
    static final Path SIDECARS = Path.of("src", "test", "resources", "pages-mercury");
    static final Path PAGES = ExtractFixtures.pagesCache().resolve("postlight-mercury-parser-1.1.1").resolve("package")
            .resolve("fixtures");
    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    @BeforeAll
    static void pagesPresent() {
        Assumptions.assumeTrue(Files.isRegularFile(PAGES.resolve("www.youtube.com/1481042537359.html")),
                "mercury-parser pages not fetched (tools/fetch-mercury-pages)");
    }

    @Test
    void defaultExtractorOnAllPages() throws Exception {
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(EXTRACTOR, PAGES, SIDECARS);
        assertEquals(110, s.pages().size());
        assertEquals(103, s.negativePages());
        // 0.557 and 41 false comments at the first measure; 0.747 and 15 after session 43, 13 after session 46, 0.787
        // and 10 after session 47 (all 10 on the held-out half)
        assertTrue(s.f1() >= 0.78, "F1 " + s.f1());
        assertTrue(s.falseOnNegatives() <= 10, "false comments " + s.falseOnNegatives());
        assertTrue(s.recall() >= 0.97, "recall " + s.recall());
    }

    @Test
    void postsEmbeddedInTheArticleAreNoThread() throws Exception {
        // tweets quoted in the story (blockquote.twitter-tweet: the text, then "— Name (@name) December 11, 2016"),
        // between its paragraphs or side by side: 6, 2 and 2 false comments before
        for (String page : List.of("www.inquisitr.com/1481665067498.html", "www.westernjournalism.com/1482520953825.html",
                "www.wired.com/1475256747028.html")) {
            assertEquals(List.of(), comments(page), page);
        }
    }

    @Test
    void theArticlesDatelineIsNoComment() throws Exception {
        // "First Published Dec 13 2016, 7:31 am ET" under the writer's name, beside the share bar's "Comment" link;
        // before, the article's text (dated by a tweet it quotes) and the dateline were two comments
        assertEquals(List.of(), comments("www.nbcnews.com/1481667763790.html"));
    }

    @Test
    void aPageThatSaysItHasCommentsIsNoCommentsRegion() throws Exception {
        // <html class="… has-comments …">: the last resort (dated siblings inside a region named like comments) took
        // the whole page for the region, and a video caption and a story paragraph (dated "Monday", "11 a.m.") were
        // two comments; the comments themselves load from elsewhere and are not in the saved page
        assertEquals(List.of(), comments("www.nytimes.com/1474318141888.html"));
    }

    @Test
    void theSitesTermsForCommentsAreNoComment() throws Exception {
        // "By commenting, you agree to our terms of service…" in the comment box: a comment by "commenting" before
        assertEquals(List.of(), comments("www.rawstory.com/1482439337481.html"));
    }

    @Test
    void aThreadCollapsedUnderAnInvitationToJoinIsRead() throws Exception {
        // "JOIN THE DISCUSSION (7 REPLIES)" toggles a hidden block with the first three replies (the rest are on the
        // site's forum): none was read before
        List<Comment> c = comments("www.howtogeek.com/1482438125052.html");
        assertEquals(List.of("Jason Dagless", "Tim", "Tony Schlisser"), c.stream().map(Comment::author).toList());
        assertTrue(c.get(1).text().startsWith("The Echo Dot can also connect to bluetooth speakers."), c.get(1).text());
    }

    @Test
    void aBylinesLabelIsNoPartOfTheName() throws Exception {
        // "By: Troll Feeder, Content Farmer." and "By: Charles Bronson" over two one-word comments
        List<String> authors = comments("uproxx.com/1481324633976.html").stream().map(Comment::author).toList();
        assertTrue(authors.containsAll(List.of("Troll Feeder, Content Farmer.", "Charles Bronson")), authors.toString());
    }

    /** w3m's copies: F1 0.500 and 58 false comments at the first measure, 0.733 and 19 after session 43, 0.742 and 18 after session 47. */
    @Test
    void w3mCopiesOfThePages() throws Exception {
        Extractor copies = ExtractFixtures.w3mCopies();
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(copies, PAGES, SIDECARS);
        assertTrue(s.f1() >= 0.74, "F1 " + s.f1());
        assertTrue(s.falseOnNegatives() <= 18, "false comments " + s.falseOnNegatives());
        // a sidebar's "Related Posts" / "Latest" (a bulleted picture named by its file, the headline, the writer, the
        // date), with no comment announced anywhere: 24 false before
        assertEquals(List.of(), copies.extract(PAGES.resolve("sciencefly.com/1482530492413.html")).comments());
        // a scoreboard's betting lines ("CBS" / "1:00 PM" / "[5_4647798]CIN o42.5 □ [5_4647799]CLE +5.5"): 15 before
        assertEquals(List.of(), copies.extract(PAGES.resolve("247sports.com/1481309665090.html")).comments());
        // the thread ends at "Got Feedback? Click Here to Join the Discussion": the share button, the writer's bio and
        // the newsletter box under it were three more records
        assertEquals(3, copies.extract(PAGES.resolve("www.howtogeek.com/1482438125052.html")).comments().size());
    }

    /**
     * lynx's copies: the sidebar's "Related Posts" and "Latest" print each headline flush left right over its writer
     * and date (w3m leaves a blank line between them), so the headlines read as titled comments: 24 false before
     * session 46 took the pictures' file names off, 11 after, none now (titled bylines with no comment announced are a
     * list of posts).
     */
    @Test
    void lynxCopiesOfASidebarsTeasers() throws Exception {
        assertEquals(List.of(), ExtractFixtures.lynxCopies().extract(PAGES.resolve("sciencefly.com/1482530492413.html")).comments());
    }

    /**
     * The comment widget's help under "Comments" / "Show Comments" / "0 Comments" (its badges' legend, "Post Recommended"
     * / "Washington Post reporters or editors recommend this comment…", "You must be logged in to report a comment"),
     * and the share bar's "Share via Email" as a name: four undated comments in elinks' copy before; in the HTML the
     * legend is hidden by utility classes.
     */
    @Test
    void elinksCopyOfACommentWidgetsHelp() throws Exception {
        // in the HTML, the legend sits in <div class="badgetext hide hidden">: two undated records before
        assertEquals(List.of(), comments("www.washingtonpost.com/1480364838420.html"));
        assertEquals(List.of(), ExtractFixtures.elinksCopies().extract(PAGES.resolve("www.washingtonpost.com/1480364838420.html"))
                .comments());
    }

    /** The share button over the article's dateline ("Share" / "Dec 1st 2016 1:01PM"): the article was a comment by "Share". */
    @Test
    void aShareButtonOverTheDatelineIsNoName() throws Exception {
        assertEquals(List.of(), ExtractFixtures.w3mCopies().extract(PAGES.resolve("www.aol.com/1480618816916.html")).comments());
    }

    /**
     * Chromium's copy (select all, copy) of an article whose sections have subheadings ("HomeKit", "Alexa", "Zigbee
     * and Z-Wave", each then named again in its first paragraph) under a "reader comments 132" link: the sections were
     * five undated comments before (session 44); the thread itself is not in the page.
     */
    @Test
    void chromiumCopyOfAnArticlesSubheadedSections() throws Exception {
        assertEquals(List.of(), ExtractFixtures.chromiumCopies().extract(PAGES.resolve("ars.html")).comments());
    }

    /**
     * Chromium's copy of the same sidebars runs every line on without blank lines: "Related Posts" (title / writer /
     * date, a list of dated entries), its first entry's title ending in "!" ("Can't See? Pass The Ice Cream!"), which
     * no title test takes, so that entry's "text" ran on over the whole list; then "Popular" over entries with their
     * counts and excerpts. Four false comments before session 51; the entry in the list's stride is the list's, and
     * dated entries under a sidebar's heading on a page that announces no thread are the sidebar's.
     */
    @Test
    void chromiumCopyOfASidebarsListsOfPosts() throws Exception {
        Path page = PAGES.resolve("sciencefly.com/1482530492413.html");
        assertEquals(List.of(), ExtractFixtures.chromiumCopies().extract(page).comments());
        // (the copy holds the lists: the test reads what it says it reads)
        String copy = TextBrowserCopy.CHROMIUM.apply(new Page(page, Files.readString(page), true, "")).text();
        assertTrue(copy.contains("Popular") && copy.contains("Hollie Banks") && copy.contains("Related Posts"), copy);
    }

    private static List<Comment> comments(String page) throws Exception {
        return EXTRACTOR.extract(PAGES.resolve(page)).comments();
    }
}
