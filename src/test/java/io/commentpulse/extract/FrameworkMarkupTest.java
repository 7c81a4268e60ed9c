package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The record detector on layouts as a script framework renders them: every list, definition list, heading and
 * section a plain {@code div}, no class or id (the {@code --variant divs} check). Each layout is the shape of a real
 * pool page once so rendered (Blogger's comment block, Thesis' threaded list, Movable Type's flat entry page, a
 * WordPress thread), and each test fails without the mechanism it names.
 */
class FrameworkMarkupTest {

    private static List<Comment> comments(String body) {
        return ExtractFixtures.divPage(body);
    }

    private static List<String> authors(List<Comment> c) {
        return c.stream().map(Comment::author).toList();
    }

    /** Blogger's dt/dd/dd triples as three divs each: header (name, "said..."), body, footer with the date. */
    @Test
    void blocksOfThreeSiblingDivsOneDatedAreOneCommentEach() {
        String[][] rows = {{"tRiSh", "That is exactly what I needed this week.", "4:45 AM"},
                {"Ankita", "Wish I could think this way more often :)", "6:14 AM"},
                {"MangoWhirl", "You are back! Hope you are well, lots of love.", "8:44 AM"}};
        StringBuilder sb = new StringBuilder("<div>3 comments:</div><div><script>var n = 1;</script>");
        for (String[] r : rows) {
            sb.append("<div><a href='http://www.blogger.com/profile/").append(r[0]).append("'>").append(r[0])
                    .append("</a> said...</div><div><p>").append(r[1]).append("</p></div><div><span>")
                    .append("<a href='#c").append(r[2].charAt(0)).append("'>September 10, 2012 ").append(r[2])
                    .append("</a></span></div>");
        }
        List<Comment> c = comments(sb.append("</div>").toString());
        assertEquals(List.of("tRiSh", "Ankita", "MangoWhirl"), authors(c));
        assertEquals("Wish I could think this way more often :)", c.get(1).text());
        assertEquals("2012-09-10T06:14Z", c.get(1).timestamp().toString());
    }

    /**
     * Thesis' dt/dd pairs as two divs each, a reply list nested in the first body: the header and body are one
     * comment although the body holds the reply's date, the reply is found with its own body, and the comment's text
     * leaves the reply out.
     */
    @Test
    void headerAndBodyPairsWithARepliesListNestedInTheBody() {
        String reply = "<div>\n<div> <span>3</span> <span>Heather</span> <span>October 22, 2012 at 2:03 pm</span> </div>\n"
                + "<div><div><p>In your case, sweat the onions first, then chop the broccoli.</p></div></div>\n</div>";
        String html = "<div>{ 3 comments… read them below or add one }</div><div>\n"
                + "<div> <span>1</span> <span>Melinda</span> <span>October 22, 2012 at 1:57 pm</span> </div>\n"
                + "<div><div><p>I really need to learn the mustgo technique for the leftovers.</p></div>" + reply + "</div>\n"
                + "<div> <span>2</span> <span>Windy</span> <span>October 22, 2012 at 2:31 pm</span> </div>\n"
                + "<div><div><p>My favorite fall and winter soup is a slow cooker split pea.</p></div></div>\n"
                + "</div>";
        List<Comment> c = comments(html);
        assertEquals(List.of("Melinda", "Heather", "Windy"), authors(c));
        assertEquals("I really need to learn the mustgo technique for the leftovers.", c.get(0).text());
        assertEquals("In your case, sweat the onions first, then chop the broccoli.", c.get(1).text());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo(), "Heather replies to Melinda");
    }

    /** Quotes of other comments in a reader's signature ("text" / "by X on DATE") are no comments of their own. */
    @Test
    void aSignatureQuotingOtherCommentsIsNoThread() {
        String signature = "<div><p>I am who I am.<br></p><p>I would not mind a quieter thread<br></p>"
                + "<p>by Sean O on May 17, 2012 5:11 PM</p><p>You are a true American, Mr. Commenter<br></p>"
                + "<p>by Landlord on Jul 4, 2012 12:57 PM PDT</p></div>";
        StringBuilder sb = new StringBuilder("<div>");
        String[][] rows = {{"pj", "Booo, who will explain the statistics now?", "11:42"},
                {"internet commenter", "Topper would have liked this.", "2:16"}};
        for (String[] r : rows) {
            sb.append("<div><div><a href='#'>Title</a></div><div><p>").append(r[1]).append("</p>")
                    .append(r[0].equals("pj") ? "" : signature).append("</div><p>by <a href='/users/").append(r[0])
                    .append("'>").append(r[0]).append("</a> on <span><a href='#1'>Aug 9, 2012 ").append(r[2])
                    .append(" AM EDT</a></span></p></div>");
        }
        List<Comment> c = comments(sb.append("</div>").toString());
        assertEquals(2, c.size(), c.toString());
        assertTrue(c.get(1).text().contains("Topper would have liked this."), c.get(1).text());
    }

    /** An article whose quoted tweets carry dates at a regular spacing among its paragraphs has no comments. */
    @Test
    void datedQuotesAmongAnArticlesParagraphsAreNoBlocks() {
        StringBuilder sb = new StringBuilder("<div>");
        for (int i = 0; i < 6; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the story, long enough to read as the article's own.</p>");
        }
        for (int i = 1; i <= 2; i++) {
            sb.append("<blockquote><p>Going to get some sleep. Nov ").append(i)
                    .append(", 2012</p></blockquote><p>Another paragraph follows each quote here, number ")
                    .append(i).append(".</p><blockquote><p>Another tweet with no date in it at all.</p></blockquote>");
        }
        for (int i = 0; i < 6; i++) {
            sb.append("<p>More of the story after the quotes, paragraph ").append(i).append(".</p>");
        }
        assertEquals(List.of(), comments(sb.append("</div>").toString()));
    }

    /** A reply alone in a wrapper div under its comment: the comment's shape has one child more than the reply's. */
    @Test
    void aLoneReplyInAWrapperDivIsARecord() {
        StringBuilder sb = new StringBuilder("<div>2 Comments</div><div>");
        String[][] rows = {{"steve", "September 28, 2012", "Great article, but how is link building possible now?"},
                {"Doug", "October 5, 2012", "Interested to dig a bit deeper into the rankings."}};
        for (String[] r : rows) {
            sb.append("<div>").append(body(r[0], r[1], r[2])).append("<div><div>")
                    .append(body("Ben Hunt", r[1].replace("28", "29").replace(" 5,", " 6,"), "Thanks, here is what we do."))
                    .append("</div></div></div>");
        }
        List<Comment> c = comments(sb.append("</div>").toString());
        assertEquals(List.of("steve", "Ben Hunt", "Doug", "Ben Hunt"), authors(c));
        assertEquals(c.get(0).commentId(), c.get(1).replyTo());
        assertEquals(c.get(2).commentId(), c.get(3).replyTo());
    }

    private static String body(String name, String date, String text) {
        return "<div><img src='avatar.png'><div><span>" + name + "</span> <span>says:</span></div><div><a href='#c'>" + date
                + "</a></div><p>" + text + "</p><div><a href='#r'>Reply</a></div></div>";
    }

    /** A dated list whose items are a link headline alone in a div (no heading tag) is a teaser list. */
    @Test
    void headlinesInPlainDivsAreTeasers() {
        StringBuilder sb = new StringBuilder("<div><div>Recent Posts</div>");
        String[] titles = {"The Agenda: Your Responses on the Middle Class", "Tentative Agreement Reached in Congress",
                "Ohio Congressman Is Latest Moderate to Leave", "Romney Lauds Poland as an Economic Model"};
        for (String t : titles) {
            sb.append("<div><p>July 31<br><span><a href='http://news.example/2012/07/31/x'></a></span></p><div>")
                    .append("<a href='http://news.example/2012/07/31/").append(t.length()).append("'>").append(t)
                    .append("</a></div><p>A summary of the story that the site wants you to read next.</p></div>");
        }
        assertEquals(List.of(), comments(sb.append("</div>").toString()));
    }

    /** "8 users responded": the count matches the comments' shape, not their tag (the heading is a div too). */
    @Test
    void anUndatedListCountedByShapeAmongDivsOfOtherShapes() {
        StringBuilder sb = new StringBuilder("<div><div>3 users responded in this post</div>");
        String[][] rows = {{"firefighter jeff", "Good job on the dovetails, flush them up next time."},
                {"Paula", "Bully for you for even attempting dovetails by hand."},
                {"dan", "Practice is the key to good dovetails, keep at it."}};
        for (String[] r : rows) {
            sb.append("<div><div><span>").append(r[0]).append(" said,</span><div>").append(r[1])
                    .append("</div></div></div>");
        }
        sb.append("<div><a href='/feed'>comment rss</a> · <a href='/trackback'>trackback url</a></div>");
        List<Comment> c = comments(sb.append("</div>").toString());
        assertEquals(3, c.size(), c.toString());
    }

    /**
     * Real pool pages as a framework would render them, each lost in full or in part before the mechanism that finds
     * it: Blogger's triples (R101), Thesis' pairs with replies in the body (R52), Movable Type's comments among the
     * article's divs (R471), a WordPress reply alone in its wrapper (R778), an undated list counted by its shape
     * (R221), a date permalink "On DATE" before the name (R381), SB Nation's title-only comments (T54), and a page
     * without comments whose "Recent Posts" headlines sit in plain divs (dragnet-128).
     */
    @Test
    void realPoolPagesRenderedAsDivs() throws Exception {
        Path pool = GeneralizationTest.POOL;
        Assumptions.assumeTrue(Files.isDirectory(pool), "../shared/pages-pool not present");
        List<Path> sidecars = new ArrayList<>();
        for (String page : List.of("R101", "R52", "R471", "R778", "R221", "R381", "T54", "128")) {
            sidecars.add(GeneralizationTest.ANNOTATED.resolve("dragnet-" + page + ".expected.json"));
        }
        Extractor ex = new Extractor(new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES,
                Detection.RECORDS), MarkupVariant.DIVS);
        for (ExtractionEvaluator.PageScore p : new ExtractionEvaluator(ex, pool).evaluate(sidecars).pages()) {
            String what = p.page() + ": expected " + p.expected() + ", extracted " + p.extracted() + ", found "
                    + p.matched() + ", authors right " + p.authorOk();
            assertTrue(p.matched() >= 0.8 * p.expected() && p.extracted() <= p.expected() + (p.hasComments() ? 1 : 0), what);
            assertTrue(p.authorOk() >= 0.9 * p.matched(), what);
        }
    }

    /**
     * The plain-text copy of such a page (an excerpt of dragnet-R961's, no bullets left): an empty comments section
     * over a sidebar of names and bios and of titles each printed twice (a thumbnail's alt text, then its link) is no
     * thread of undated comments.
     */
    @Test
    void aSidebarOfTitlesPrintedTwiceIsNoThread() {
        String dump = String.join("\n", "Why Tripods Are Important", "", "By Haje Jan Kamps", "",
                "A long article paragraph about tripods and why a steady camera matters in low light, as usual.", "",
                "Comments", "Post new comment", "+ Add Your Comment", "[avw]", "About Me", "Haje Jan Kamps",
                "Haje Jan Kamps", "",
                "Haje is an author and editor of photography books: Always hunting for the perfect photo, or the",
                "most eloquent way of explaining why he didn't quite manage to capture the photo he wanted.", "",
                "Most Popular", "Posts", "Contributors",
                "Who’s been messing with the AF system?Who’s been messing with the AF system?",
                "How I Made This PhotographHow I Made This Photograph", "Challenge",
                "50 must-read photography books50 must-read photography books", "Field Guide",
                "Behind the scenes of a portrait session today Behind the scenes of a portrait session today",
                "Photography Help", "Try shooting in the golden hour!Try shooting in the golden hour!", "Aperture",
                "Using an external flash with your phoneUsing an external flash with your phone", "");
        assertEquals(List.of(), ExtractFixtures.text(dump));
        assertTrue(TextListings.doubled("Why Tripods MatterWhy Tripods Matter"));
        assertFalse(TextListings.doubled("no no no no"), "a phrase under eight characters is no title");
    }

    /**
     * The layouts of {@code src/test/resources/layouts/} (a review's cases, see its README), as they are and as a
     * framework renders them: each finds exactly its commenters, and the pages without comments none.
     */
    @Test
    void reviewLayoutsAsTheyAreAndAsDivs() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("comments-with-line-breaks", List.of("Ann", "Bob", "Cy", "Di"));
        expected.put("heading-before-header-body-pairs", List.of("Ann Lee", "Bob Stone", "Cy Young"));
        expected.put("changelog", List.of());
        expected.put("article-timeline", List.of());
        expected.put("cards-beside-a-comment-count", List.of());
        expected.put("edited-note-in-a-comment", List.of("Ann", "Bob", "Cy"));
        expected.put("forum-quote", List.of("hiker42", "trailmix", "Ridgeback"));
        expected.put("forum-signatures", List.of("civicguy", "wrench_it", "hondaboi", "civicguy"));
        expected.put("comment-that-is-a-link", List.of("Ann Lee", "Tom Hardy"));
        expected.put("linked-four-word-name", List.of("Notes From The Back Porch", "Kay"));
        expected.put("reader-posting-two-article-links", List.of("Ann Lee", "Tom Hardy"));
        expected.put("reader-posting-a-related-link", List.of("Tom Hardy", "Jo March"));
        expected.put("dashed-date-in-a-comment", List.of("Maria Gomez", "Dan Ortiz", "Lena K"));
        expected.put("blog-home-with-quote-posts", List.of());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Path file = Path.of("src", "test", "resources", "layouts", e.getKey() + ".html");
            Page page = new Page(file, Files.readString(file), true, "h");
            for (MarkupVariant v : List.of(MarkupVariant.AS_IS, MarkupVariant.DIVS)) {
                List<Comment> c = new HtmlExtractor().extract(v.apply(page), ExtractOptions.defaults()).comments();
                assertEquals(e.getValue(), authors(c), e.getKey() + " " + v);
            }
        }
        // everyone "Anonymous": four comments either way (the role word is no name once the markup says nothing)
        Path anonymous = Path.of("src", "test", "resources", "layouts", "anonymous-blogger-thread.html");
        Page page = new Page(anonymous, Files.readString(anonymous), true, "h");
        assertEquals(4, new HtmlExtractor().extract(MarkupVariant.DIVS.apply(page), ExtractOptions.defaults()).comments().size());
        assertEquals(List.of("Anonymous", "Anonymous", "Anonymous", "Anonymous"),
                authors(new HtmlExtractor().extract(page, ExtractOptions.defaults()).comments()));
        Page edited = new Page(Path.of("e.html"), Files.readString(Path.of("src", "test", "resources", "layouts",
                "edited-note-in-a-comment.html")), true, "h");
        assertTrue(new HtmlExtractor().extract(edited, ExtractOptions.defaults()).comments().get(1).text()
                .startsWith("Parking is already impossible"));
    }

    /** The variant itself: structural tags become divs (cite a span), names renamed, text and links kept. */
    @Test
    void theDivsVariantKeepsTextLinksAndTimes() {
        Page page = new Page(Path.of("x.html"), "<ol class='commentlist'><li id='c1'><h4><cite>Ann</cite></h4>"
                + "<time datetime='2024-05-02'>May 2</time><p><a href='/x'>link</a> text</p></li></ol>", true, "h");
        String divs = MarkupVariant.DIVS.apply(page).text();
        assertFalse(divs.contains("<ol") || divs.contains("<li") || divs.contains("<h4") || divs.contains("<cite"), divs);
        assertTrue(divs.contains("<time datetime=\"2024-05-02\">May 2</time>") && divs.contains("<a href=\"/x\">link</a>")
                && divs.contains("<span>Ann</span>"), divs);
        assertFalse(divs.contains("commentlist"), divs);
    }
}
