package io.commentpulse.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two later draws of recipe-scrapers' pages ({@code src/test/resources/pages-recipes-2} and {@code -3}), each
 * annotated before the changes it was then measured on: pages-recipes-3 gave HTML F1 0.952 with 7 false comments on a
 * page without any, authors 0.968, and text copies 0.92-0.93 with 10 false before session 54's rules (its README).
 * {@code pages-recipes-4}, the unseen check of those rules (HTML 0.988 but four threads read as nothing, lynx 0.488:
 * Smitten Kitchen's 1,187 numbered comments none found, Chromium 0.754), a development set since: what it showed and
 * session 55 mended. And {@code pages-recipes-5}, session 55's unseen check, as a floor at what it measured then.
 * Skipped when the pages are absent ({@code tools/fetch-recipe-pages}).
 */
class MoreRecipePagesTest {
    private static final Path SECOND = Path.of("src", "test", "resources", "pages-recipes-2");
    private static final Path THIRD = Path.of("src", "test", "resources", "pages-recipes-3");
    private static final Path FOURTH = Path.of("src", "test", "resources", "pages-recipes-4");
    private static final Path FIFTH = Path.of("src", "test", "resources", "pages-recipes-5");
    private static final Path PAGES = RecipePagesTest.PAGES;
    private static final Extractor EXTRACTOR = RecipePagesTest.EXTRACTOR;

    @BeforeAll
    static void pagesPresent() {
        RecipePagesTest.pagesPresent();
    }

    @Test
    void thirdDrawInHtml() throws Exception {
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(EXTRACTOR, PAGES, THIRD);
        assertEquals(40, s.pages().size());
        assertEquals(21, s.negativePages());
        // 0.952, 7 false and authors 0.968 at the first measure
        assertTrue(s.f1() >= 0.99, "F1 " + s.f1());
        assertTrue(s.authorAccuracy() >= 0.99, "authors " + s.authorAccuracy());
        assertEquals(0, s.falseOnNegatives());
    }

    @Test
    void thirdDrawAsW3mCopies() throws Exception {
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(ExtractFixtures.w3mCopies(), PAGES, THIRD);
        // 0.928 with 10 false (a French page's suggested recipes under its empty "Commentaires") at the first measure
        assertTrue(s.f1() >= 0.98, "F1 " + s.f1());
        assertEquals(0, s.falseOnNegatives());
    }

    @Test
    void secondDrawAsW3mCopies() throws Exception {
        Extractor copies = ExtractFixtures.w3mCopies();
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(copies, PAGES, SECOND);
        // 0.869 when it was measured once, unseen (session 53)
        assertTrue(s.f1() >= 0.97, "F1 " + s.f1());
        assertEquals(0, s.falseOnNegatives());
        // Squarespace: "Laine 2 weeks ago Pending Awaiting Moderation", labels the page hides: 0 of 58 before
        assertTrue(copies.extract(PAGES.resolve("rs-pastryaffair.html")).comments().size() >= 57);
        // Yummly: "Evan Wahl 6 months ago" / "Great blend of flavors, and very quick and easy to make": short reviews
        // without a stop, three in a row, were read as a list of titles under their dates (11 of 20 before)
        List<Comment> yummly = copies.extract(PAGES.resolve("rs-yummly.html")).comments();
        assertEquals(20, yummly.size());
        assertEquals("Great blend of flavors, and very quick and easy to make",
                yummly.stream().filter(c -> c.author().equals("Evan Wahl")).findFirst().orElseThrow().text());
        // David Lebovitz: "☆ Dawn | KitchenTravels" over its date (a name with the writer's blog after a bar), and
        // "David LebovitzDavid Lebovitz" (his badge's alt text and caption, glued) over each of his replies
        List<Comment> david = copies.extract(PAGES.resolve("rs-davidlebovitz.html")).comments();
        assertTrue(david.stream().anyMatch(c -> c.author().equals("Dawn | KitchenTravels")
                && c.text().startsWith("Karen – try sunflower seeds.")));
        assertTrue(david.stream().noneMatch(c -> c.text().startsWith("David Lebovitz")));
        // Framed Cooks: pingbacks, another post's title where a name stands and its excerpt "Ham and Egg Crepe
        // Squares […]" (95 read for 79 before)
        List<Comment> framed = copies.extract(PAGES.resolve("rs-framedcooks.html")).comments();
        assertTrue(framed.stream().noneMatch(c -> c.author().equals("Leftover Ham Recipes")));
        assertTrue(framed.size() >= 76 && framed.size() <= 82, "comments " + framed.size());   // 79 in its sidecar
        // Allrecipes: the reviews printed twice, once with "Read More" before "Helpful (137)": 20 read for 9 before
        int allrecipes = copies.extract(PAGES.resolve("rs-allrecipescurated.html")).comments().size();
        assertTrue(allrecipes >= 9 && allrecipes <= 10, "comments " + allrecipes);
    }

    @Test
    void namesThatNoMarkupMarksAreFoundWhereEveryCommentKeepsThem() throws Exception {
        // David Lebovitz: li.comauth beside li.comdate, a class no rule knows; 0 of 88 authors before
        List<Comment> c = EXTRACTOR.extract(PAGES.resolve("rs-davidlebovitz.html")).comments();
        assertEquals(89, c.size());
        assertEquals(List.of("Aurelia D’ANDREA", "Kate", "Randi", "shira"),
                c.subList(0, 4).stream().map(Comment::author).toList());
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(EXTRACTOR, PAGES, SECOND);
        assertTrue(s.authorAccuracy() >= 0.98, "authors " + s.authorAccuracy());   // 0.814 before
    }

    @Test
    void aThreadCollapsedUnderItsToggleIsShownOnOneClick() throws Exception {
        // Ambitious Kitchen: div#showcomments "Show Comments", a <style> for it, then ol.comment-list style="display:
        // none": 0 of 48 before (the style element stood between the toggle and its thread)
        List<Comment> c = EXTRACTOR.extract(PAGES.resolve("rs-ambitiouskitchen.html")).comments();
        assertEquals(48, c.size());
        assertEquals("Leah", c.get(0).author());
        assertEquals("Monique", c.get(1).author());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo());
    }

    @Test
    void aTabButtonNamingCommentsAnnouncesNothingWhereItStands() throws Exception {
        // Kitchen Stories: "Overview Steps Comments (11)" buttons over a recipe whose comments a script loads; its
        // ingredients, utensils and four steps were read as 7 undated comments
        assertEquals(List.of(), EXTRACTOR.extract(PAGES.resolve("rs-kitchenstories.html")).comments());
    }

    @Test
    void danishBylines() throws Exception {
        // valdemarsro.dk: "tina/mormormedstiletter skrev" / "10. februar 2021 kl. 11:55"; the author kept "skrev" and
        // the time after "kl." was lost
        Comment first = EXTRACTOR.extract(PAGES.resolve("rs-valdemarsro.html")).comments().get(0);
        assertEquals("tina/mormormedstiletter", first.author());
        assertEquals("10. februar 2021 kl. 11:55", first.timestampRaw());
        assertEquals(11, first.timestamp().getHour());
        assertEquals(55, first.timestamp().getMinute());
        // in elinks' copy the owner signs each answer "Kh Ann-Christine" over its "Svar" (Reply): a title rule for
        // the line over a blank line over the next byline took the signature off in a first version
        List<Comment> copy = ExtractFixtures.elinksCopies().extract(PAGES.resolve("rs-valdemarsro.html")).comments();
        assertTrue(copy.stream().anyMatch(c -> c.author().equals("Ann-Christine")
                && c.text().startsWith("Dejligt!") && c.text().contains("Kh Ann-Christine")), copy.get(1).text());
    }

    @Test
    void textCopiesOfRecipeThreads() throws Exception {
        Extractor copies = ExtractFixtures.w3mCopies();
        // "□ Monique replied:" under each reader: 25 of 48 before (the owner's replies ran into the readers' texts)
        List<Comment> ambitious = copies.extract(PAGES.resolve("rs-ambitiouskitchen.html")).comments();
        assertEquals(48, ambitious.size());
        assertEquals("Monique", ambitious.get(1).author());
        assertEquals("I would probably recommend adding 1 teaspoon.", ambitious.get(1).text());
        // "13. Karen @ Seasonal Cravings" over its date: a name with the writer's blog, five words with the number
        List<Comment> kate = copies.extract(PAGES.resolve("rs-cookieandkate.html")).comments();
        assertTrue(kate.stream().anyMatch(c -> c.author().equals("Karen @ Seasonal Cravings")
                && c.text().startsWith("Oh my, I am drooling!")));
        // "Recipe Rating:" (the label of stars a copy leaves out) opened 17 texts of Oh She Glows
        List<Comment> glows = copies.extract(PAGES.resolve("rs-ohsheglows.html")).comments();
        assertTrue(glows.stream().noneMatch(c -> c.text().startsWith("Recipe Rating")));
        assertTrue(glows.stream().anyMatch(c -> c.author().equals("Elizabeth")
                && c.text().startsWith("First, I’d like to thank you for being vulnerable")));
        // "Commentaires" over nothing, then "Vidéo suggérée" / "Recettes suggérées" and recipe cards: 10 false
        assertEquals(List.of(), copies.extract(PAGES.resolve("rs-g750g.html")).comments());
    }

    @Test
    void fourthDrawInHtml() throws Exception {
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(EXTRACTOR, PAGES, FOURTH);
        assertEquals(40, s.pages().size());
        assertEquals(19, s.negativePages());
        assertTrue(s.f1() >= 0.989, "F1 " + s.f1());   // 0.988 at the unseen measure
        assertTrue(s.authorAccuracy() >= 0.99, "authors " + s.authorAccuracy());
        assertEquals(0, s.falseOnNegatives());
    }

    /**
     * Session 55's unseen check, measured once after its last change (HTML 0.996, 2 false comments on the 35 pages
     * without any; 0.990 with the build it started from): the floor, so a change that loses comments here shows.
     */
    @Test
    void fifthDrawInHtml() throws Exception {
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(EXTRACTOR, PAGES, FIFTH);
        assertEquals(62, s.pages().size());
        assertEquals(35, s.negativePages());
        assertTrue(s.f1() >= 0.995, "F1 " + s.f1());
        assertTrue(s.falseOnNegatives() <= 2, "false " + s.falseOnNegatives());
    }

    /**
     * Two threads of the fifth draw that w3m's copy gave nothing of (session 55's unseen measure). Forks Over Knives:
     * each name glued to its time ("Elsa6 days ago") and every text opened by the report box's question, longer than a
     * menu's word ("Do you want to report this comment as inappropriate?" / "[Cancel] [Yes, report]" / "Thank you. An
     * admin will review this comment ASAP."). wpDiscuz without dates: its "239 Comments" right under the form's
     * button in a run of short lines, each reply's "Reply to  Annmarie" under its writer's name, and replies that
     * open with a short line ("Thank you", "Hi Noreen", "Hi swasthi,"). And Le Creme de la Crumb and Martha Stewart
     * (below).
     */
    @Test
    void gluedTimesReportBoxesAndUndatedRepliesInW3mCopies() throws Exception {
        Extractor copies = ExtractFixtures.w3mCopies();
        List<Comment> forks = copies.extract(PAGES.resolve("rs-forksoverknives.html")).comments();
        assertEquals(75, forks.size());
        assertEquals("Elsa", forks.get(0).author());
        assertTrue(forks.get(0).text().startsWith("Was pretty good. Took others comments into account"), forks.get(0).text());
        assertTrue(forks.stream().noneMatch(c -> c.text().contains("report this comment")));
        List<Comment> banana = copies.extract(PAGES.resolve("rs-indianhealthyrecipes.html")).comments();
        assertTrue(banana.size() >= 38 && banana.size() <= 40, "comments " + banana.size());   // 40 in its sidecar
        assertEquals("swasthi", banana.get(1).author());
        assertEquals("Thank you", banana.get(1).text());
        assertTrue(banana.stream().noneMatch(c -> c.author().startsWith("Reply to") || c.author().startsWith("Hi ")));
        assertTrue(banana.stream().anyMatch(c -> c.author().equals("Aarti") && c.text().startsWith("Hi swasthi,")));
        // undated too, the thread's pager under it ("Comment navigation" / "Older Comments") and the site's recipe
        // cards after that: the cards' "Main Dishes" over their titles ran on as records and sank the thread (0 of 8);
        // a reply that ends in a smiley after its stop ("High pressure! 🙂") is a text
        List<Comment> crumb = copies.extract(PAGES.resolve("rs-lecremedelacrumb.html")).comments();
        assertTrue(crumb.size() >= 7 && crumb.size() <= 8, "comments " + crumb.size());
        assertTrue(crumb.stream().anyMatch(c -> c.author().equals("Tiffany") && c.text().equals("High pressure! 🙂")));
        assertTrue(crumb.stream().noneMatch(c -> c.author().contains("Dishes")));
        // Martha Stewart: every review by "Anonymous" over its date: one name over every record was read as chrome
        List<Comment> martha = copies.extract(PAGES.resolve("rs-marthastewart.html")).comments();
        assertEquals(8, martha.size());
        assertTrue(martha.stream().allMatch(c -> c.author().equals("Anonymous") && c.timestamp() != null));
        assertEquals("This recipe and demo make it look perfectly easy!", martha.get(0).text());
    }

    /**
     * What lynx and elinks print differently from w3m (session 57). David Lebovitz's thread is a list whose items hold
     * a nested list of a name and a date over the text: lynx marks the depths "*", "+", "o", "#" with no blank lines,
     * elinks marks every depth "•"; read as w3m's "•" over "□" the 89 comments are found in both copies (12 and 0
     * before). Indian Healthy Recipes: lynx prints the form's button as its bare label ("____ Email*" / "Post
     * Comment" / "239 Comments"), so the count under it read as a menu's and the thread gave nothing.
     */
    @Test
    void nestedListsAndBareButtonsOfLynxAndElinksCopies() throws Exception {
        for (Extractor copies : List.of(ExtractFixtures.lynxCopies(), ExtractFixtures.elinksCopies())) {
            List<Comment> david = copies.extract(PAGES.resolve("rs-davidlebovitz.html")).comments();
            assertTrue(david.size() >= 86 && david.size() <= 90, "comments " + david.size());   // 89 in its sidecar
            assertEquals("Aurelia D’ANDREA", david.get(0).author());
            assertTrue(david.stream().anyMatch(c -> c.author().equals("Randi")
                    && c.text().equals("Oh wow I need to look out for your book!")));
            assertTrue(david.stream().noneMatch(c -> c.author().matches("^[o#+*•□☆] .*")));
        }
        List<Comment> banana = ExtractFixtures.lynxCopies().extract(PAGES.resolve("rs-indianhealthyrecipes.html")).comments();
        assertTrue(banana.size() >= 38 && banana.size() <= 40, "comments " + banana.size());   // 40 in its sidecar
        assertEquals("swasthi", banana.get(1).author());
        assertEquals("Thank you", banana.get(1).text());
    }

    /**
     * Two pages of the fifth draw without a comment that gave some (session 55's unseen measure). Just One Cookbook:
     * wpDiscuz's sort tabs over a thread its script never loaded ("Newest Oldest Most Voted" read as a comment in HTML
     * and in every copy), and in w3m's copy the post's "66 Comments" at its top heading the recipe's text once the
     * same count under the form had headed nothing. Steamy Kitchen in Chromium's copy: the form's "Comment" label over
     * "Name *", "Email *" and "Website", taken for a heading over the sidebar's promotions.
     */
    @Test
    void emptyWidgetsAndFormLabelsHeadNoThread() throws Exception {
        assertEquals(List.of(), EXTRACTOR.extract(PAGES.resolve("rs-justonecookbook.html")).comments());
        assertEquals(List.of(), ExtractFixtures.w3mCopies().extract(PAGES.resolve("rs-justonecookbook.html")).comments());
        assertTrue(NotComments.sortBar("Newest Oldest Most Voted"));
        assertTrue(NotComments.sortBar("Neueste Älteste"));
        assertTrue(!NotComments.sortBar("The newest one is the best") && !NotComments.sortBar("Most voted"));
        assertEquals(List.of(), ExtractFixtures.chromiumCopies().extract(PAGES.resolve("rs-steamykitchen.html")).comments());
    }

    /**
     * Every recipe page with comments read with its thread cut out ({@code eval-extract --cut-threads}): a page without
     * comments must give none. First measured in session 56 (its starting build: 21, 4, 0, 3 and 19 false comments on
     * the five draws), then developed on: a recipe card's sections ("Ingredients", "Instructions", "Notes", each a
     * heading over its text) are no undated records, nor a heading's words counted against a post's paragraphs. Left:
     * Reishunger's card in German (12), and one or two records of a card's meta lines on a few pages. In w3m's copies
     * (6, 5, 31, 17 and 8 at the start): the post's subheadings over its paragraphs, read as undated comments under the
     * post's "194 Comments" link once the thread's own heading below had headed nothing; a link's count of readers'
     * ratings ("1484 Comments" under "4.83 from 771 votes") taken for a reader's standing. Left: a German post whose
     * heading is "1.191 Kommentare Kommentar-Navigation" (13), a few others.
     */
    @Test
    void recipePagesWithTheirThreadsCutOutGiveAlmostNone() throws Exception {
        Path[] draws = {RecipePagesTest.SIDECARS, SECOND, THIRD, FOURTH, FIFTH};
        int[] bound = {12, 1, 0, 2, 6};
        int[] copied = {5, 0, 0, 17, 5};
        Extractor w3m = ExtractFixtures.w3mCopies();
        for (int i = 0; i < draws.length; i++) {
            ExtractionEvaluator cut = new ExtractionEvaluator(EXTRACTOR, PAGES, true);
            ExtractionEvaluator.Summary s = cut.evaluate(ExtractionEvaluator.sidecars(draws[i]));
            assertTrue(cut.cutPages() >= 17, draws[i] + ": " + cut.cutPages() + " cut");
            assertTrue(s.falseOnNegatives() <= bound[i], draws[i] + ": " + s.falseOnNegatives() + " false");
            ExtractionEvaluator cutCopies = new ExtractionEvaluator(w3m, PAGES, true);
            ExtractionEvaluator.Summary c = cutCopies.evaluate(ExtractionEvaluator.sidecars(draws[i]));
            assertTrue(c.falseOnNegatives() <= copied[i], draws[i] + " in w3m: " + c.falseOnNegatives() + " false");
        }
    }

    /**
     * Smitten Kitchen numbers its comments over their texts ("464" on the line under the byline, run into the text by
     * lynx), and readers write about comments in them: "… In reference to Scott and the" / "Reese's cup discussion…"
     * (a wrapped line that reads like a heading) cut the thread at comment 142 in w3m's copy and 464 in lynx's.
     */
    @Test
    void fourthDrawAsLynxCopies() throws Exception {
        Extractor copies = ExtractFixtures.lynxCopies();
        ExtractionEvaluator.Summary s = ExtractFixtures.measure(copies, PAGES, FOURTH);
        assertTrue(s.f1() >= 0.97, "F1 " + s.f1());   // 0.488 at the unseen measure
        assertEquals(0, s.falseOnNegatives());
        List<Comment> smitten = copies.extract(PAGES.resolve("rs-smittenkitchen.html")).comments();
        assertTrue(smitten.size() >= 1180 && smitten.size() <= 1187, "comments " + smitten.size());
        assertTrue(smitten.get(0).text().startsWith("Thank you so much for getting this up so quickly!"),
                smitten.get(0).text());
        // (two readers open with a figure of their own: "72 – you can always…" answers comment 72, "2 things: 1. …")
        assertEquals(2, smitten.stream().filter(c -> c.text().matches("(?s)\\d+ .*")).count());
        // "One year ago: Brownie Mosaic Cheesecake" over the recipe: a link to an older post, no byline
        assertTrue(smitten.stream().noneMatch(c -> c.author().equals("Brownie Mosaic Cheesecake")));
    }

    /**
     * Mediavine's Trellis comments: a header block (name, "Thursday 8th of September 2022"), the text in the block
     * after it and the owner's reply beside them in the same box. The box is the comment (its reply answers it); the
     * header alone was taken for one before, so the five readers' texts were lost (0 of 10).
     */
    @Test
    void aHeaderBlockOverItsTextAndRepliesMakesTheirBoxTheComment() throws Exception {
        List<Comment> c = EXTRACTOR.extract(PAGES.resolve("rs-mybakingaddiction.html")).comments();
        assertEquals(10, c.size());
        assertEquals("Angela", c.get(0).author());
        assertTrue(c.get(0).text().startsWith("I halved the recipe"), c.get(0).text());
        assertTrue(c.get(0).replyTo() == null || c.get(0).replyTo().isEmpty());
        assertEquals("Jamie", c.get(1).author());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo());
        assertEquals("2022-09-08", c.get(0).timestamp().toLocalDate().toString());
    }

    /**
     * A review's words inside a box named like a rating ("rating-container" holding schema.org's description) are the
     * comment's (6 of Mel's Kitchen Café's 77 were dropped as empty), and Smulweb's "09-06-2022" alone in its byline is
     * the comment's date, so "effes54 09-06-2022" no longer opens the text (5 of 10 read before).
     */
    @Test
    void reviewWordsInARatingBoxAndDashedBylineDates() throws Exception {
        List<Comment> mel = EXTRACTOR.extract(PAGES.resolve("rs-melskitchencafe.html")).comments();
        assertEquals(77, mel.size());
        assertTrue(mel.stream().anyMatch(c -> c.author().equals("Nancy Schilling")
                && c.text().startsWith("These are fabulous and very easy to make.")));
        for (Extractor e : List.of(EXTRACTOR, ExtractFixtures.w3mCopies())) {
            List<Comment> smulweb = e.extract(PAGES.resolve("rs-smulweb.html")).comments();
            assertEquals(10, smulweb.size());
            assertEquals("effes54", smulweb.get(0).author());
            assertTrue(smulweb.get(0).text().startsWith("Vanavond gemaakt met 3 preien"), smulweb.get(0).text());
            assertTrue(smulweb.stream().allMatch(c -> c.timestamp() != null));
        }
    }
}
