package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages the reviews of sessions 20 and 22 wrote where those sessions' mechanisms first lost, garbled or invented
 * comments (src/test/resources/layouts/README.md): each is read as a reader would read it.
 */
class ReviewLayoutsTest {
    private static final Path LAYOUTS = Path.of("src", "test", "resources", "layouts");

    @Test
    void htmlLayouts() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("blogger-duplicate-thanks", List.of("Linda R.", "Tom Baker", "Sue", "Anonymous", "Mary"));
        expected.put("bootstrap-duplicate-comment", List.of("Ann Porter", "jbrooks", "Mei"));
        expected.put("timeline-above-comments", List.of("riverrat", "Deb Kowalski", "taxpayer22"));
        expected.put("written-by-in-text", List.of("Ann Whitfield", "Greg Olsen", "Priya"));
        expected.put("chrome-named-paragraphs", List.of("Karen", "Luis", "Annette"));
        expected.put("pixnet-short-reply", List.of("小美", "阿德", "Kevin", "旅行的貓"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(html(e.getKey())), e.getKey());
        }
        assertEquals(3, html("blogger-duplicate-thanks").stream()
                .filter(c -> c.text().equals("Thank you so much for sharing this recipe!")).count());
        assertTrue(html("chrome-named-paragraphs").stream().noneMatch(c -> c.text().contains("Was this comment helpful")));
        List<String> names = authors(html("reply-link-beside-name"));
        assertEquals(3, names.size());
        assertTrue(names.contains("Karen Liu") && !names.contains("Reply"), names.toString());
        List<Comment> rigs = html("forum-rig-fields");
        assertEquals(4, rigs.size());
        assertTrue(rigs.stream().filter(c -> c.text().contains("CPU:")).count() >= 3, "readers' own field lines");
        // session 22's review: ratings and a reader's own numbering are no slideshow, short and Chinese undated comments
        // no column of menu words, a badge legend beside a report menu no comments
        expected.clear();
        expected.put("reviews-opening-with-a-rating", List.of("Marie L.", "Paul", "Claire B.", "Hugo"));
        expected.put("reader-numbering-a-split-comment", List.of("Rick S.", "Rick S.", "Lena", "Oscar P."));
        expected.put("undated-chinese-comments", List.of("张伟", "李娜", "王芳", "陈明"));
        expected.put("undated-short-spanish-comments", List.of("Anna Morales", "Bill Tran", "Carol", "Dmitri K", "Ed", "Fatima"));
        expected.put("badge-legend-and-report-menu", List.of());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(html(e.getKey())), e.getKey());
        }
        // session 25's review: a thread collapsed under its toggle is read, once; a placeholder under "0 Comments" is
        // none; a named comment wrapping a dated thread gives the thread, one quoting a dated list or tweets stays one
        expected.clear();
        expected.put("collapsed-view-all-copy", List.of("Margaret L.", "dave_k", "Priya S", "Tom Becker", "Lena",
                "oldtimer52", "J. Alvarez", "Sam W", "Karen Holt", "bikeguy", "Ruth", "Nate P."));
        expected.put("collapsed-german-thread", List.of("Hans Müller", "Sabine K.", "radler_ffm"));
        expected.put("collapsed-empty-state", List.of());
        expected.put("comment-named-thread-wrapper", List.of("Margaret L.", "dave_k", "Priya S", "Tom Becker", "Lena",
                "oldtimer52", "J. Alvarez", "Sam W", "Karen Holt", "bikeguy"));
        expected.put("comment-quoting-a-dated-list", List.of("Historian Bob"));
        expected.put("comment-quoting-tweets", List.of("Nora", "Victor"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(html(e.getKey())), e.getKey());
        }
        // session 26's second review: a reader's "This." and one-line "Re: …" replies are comments
        assertEquals(List.of("Dana Cole", "Marcus T.", "Ellen Shaw", "Pete Arno"), authors(html("comment-this-dot")));
        assertEquals(List.of("kc_lifer", "royalblue88", "Dee from Lawrence", "kc_lifer"), authors(html("one-line-re-replies")));
        List<Comment> oneLine = html("one-line-linked-dates");
        assertEquals(4, oneLine.size());
        assertTrue(oneLine.stream().anyMatch(c -> c.text().contains("Yum!")));
    }

    @Test
    void textLayouts() throws Exception {
        for (String none : List.of("group-blog-posted-by", "typepad-front-page", "blogger-front-page", "latest-news-sidebar")) {
            assertEquals(List.of(), text(none), none);
        }
        assertEquals(List.of("GaryInMidtown", "lindab", "Ted_R", "mo_khan"), authors(text("name-text-date-colons")));
        // the thread's three, whole (the "Recent Comments" sidebar under it still gives one record: see the README)
        assertEquals(List.of("Alan Price", "Maria Lopez", "Greg"), authors(text("recent-comments-sidebar")).subList(0, 3));
        assertEquals(List.of("Dread-neck", "marylou", "J Thompson"), authors(text("profile-field-between-name-and-date")));
        assertEquals(List.of("Richard Hart", "Beltway Greg", "Anne Lowe", "Jamie Sims", "Ted"),
                authors(text("bracketed-times-and-said")));
        // session 22: standings ("1,204 posts", "1 seguidor") between name and date, sign-offs and one-line posts above
        assertEquals(List.of("greenthumb42", "Marjorie P", "dave_in_leeds", "Rosie Allotment"),
                authors(text("forum-post-counts-and-sign-offs")));
        List<Comment> oneLinePosts = text("forum-one-line-posts");
        assertEquals(List.of("vanman_steve", "kate_r", "oldtimer_bob", "jonno", "mechanic_mo"), authors(oneLinePosts));
        assertEquals("Same problem here", oneLinePosts.get(1).text());
        assertEquals(List.of("Lucía_viajera", "Andrés", "Carmen R."), authors(text("foro-seguidores-and-initials")));
        // session 22's second review: a dateline's time, a pager and a version are no names; a bulleted list of
        // headlines over dates ends without a comment; a comment with no text in a bulleted thread drops nothing
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("dateline-time-above-comments", List.of("Alan Price", "Jenny W", "Bob"));
        expected.put("pager-above-comments", List.of("Mark T", "Sue", "Dan R"));
        expected.put("version-above-comments", List.of("Mark T", "Sue", "Dan R"));
        expected.put("headline-list-after-comments", List.of("Alan Price", "Jenny W"));
        expected.put("bulleted-thread-with-an-empty-comment", List.of("Steve R", "Carla M", "Mike"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(text(e.getKey())), e.getKey());
        }
        // session 26's review: the rules against listings (a menu as a record's text, fewer than three readers left on a
        // page that announces no comments, a count of none, a headline's "…, author says") keep readers' threads: under a
        // stale "Comments (0)", readers' own short lists, a paragraph after a list, one reply beside a widget's excerpts,
        // nicknames that read like titles, Disqus' share menus, "Robert Smith, jr says:", and BBC's "Have your say"
        expected.clear();
        expected.put("stale-zero-count-over-readers", List.of("Dave Whitfield", "Lorna Hughes"));
        expected.put("kommentare-null-over-readers", List.of("Jürgen Maaß", "Anke Lorenz"));
        expected.put("said-name-with-a-suffix", List.of("Dave Whitfield", "Robert Smith, jr", "Lorna Hughes", "Paul Ng"));
        expected.put("reader-list-of-picks", List.of("Jerome K.", "Big Sal", "Dana W."));
        expected.put("reader-list-then-paragraph", List.of("Jerome K.", "Big Sal", "Dana W."));
        expected.put("liste-d-un-lecteur", List.of("Bernard Vidal", "Claire Fabre", "Jean-Luc M.", "Nadia K."));
        expected.put("one-response-beside-a-widget", List.of("Linda Carver"));
        expected.put("unannounced-titled-nicknames", List.of("Mark Devlin", "tired of the slugs", "Tanya Rourke"));
        expected.put("disqus-share-submenus", List.of("Jerome K.", "Big Sal", "Dana W.", "mr_bucket"));
        expected.put("have-your-say", List.of("Jerome K.", "Big Sal", "Dana W."));
        // and pages without comments: a health site's byline "Dana Kim, Health Reporter" over its menu, and related
        // stories with dates under an article saying "declined to comment on"
        expected.put("headline-author-says", List.of());
        expected.put("declined-to-comment-related-stories", List.of());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(text(e.getKey())), e.getKey());
        }
        // its second review: a title saying "won't comment on", "…, brooklyn says:", "said" after a full line, a short
        // capitalised comment under a stale "Kommentare (0)", a list of three, one-line "RE: …" replies, a reader's
        // complaint "… in order to post a comment?", a comment "Also on Netflix now"
        expected.clear();
        expected.put("responses-title-saying-comment-on", List.of("Frank Dolan", "Maya Chen"));
        expected.put("says-with-a-lower-case-place", List.of("Carol Jensen", "Mary Lou in Park Slope, brooklyn", "Wendy",
                "Dave Reardon"));
        expected.put("said-after-a-full-line", List.of("Kevin Marsh", "Sandra", "Mike T"));
        expected.put("short-comment-under-kommentare-null", List.of("Sabine Roth"));
        expected.put("reader-list-of-three", List.of("Molly R.", "Jerry Vance", "Aisha Grant"));
        expected.put("reader-re-one-liners", List.of("Greta Moss", "Dan Farrow", "Lyle Gomez"));
        expected.put("undated-complaint-about-posting", List.of("Marge Tilly", "Ken Ochoa", "Bill Strand", "Ava Lund"));
        expected.put("also-on-netflix", List.of("Leo Brandt", "Judy Kemp", "Sam Rourke"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), authors(text(e.getKey())), e.getKey());
        }
        List<String> labelled = authors(text("comment-by-label"));
        assertEquals(4, labelled.size());
        assertTrue(labelled.get(0).endsWith("Linda Park"), labelled.toString());
    }

    private static List<Comment> html(String name) throws Exception {
        Path file = LAYOUTS.resolve(name + ".html");
        return new HtmlExtractor().extract(new Page(file, Files.readString(file), true, "h"), ExtractOptions.defaults())
                .comments();
    }

    @Test
    void bylinesOnEitherSideOfTheirText() throws Exception {
        // session 27: which side of its text a byline stands on is read from the layout. Footers made of a name over
        // its date ("[avatar]" / name / date / "Reply Vote" under each text; German "von … am …" with "Antworten";
        // Spanish), and "by NAME DATE TIME" over the text (CBS), also under an article byline of the same form and
        // packed without blank lines
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("footers-name-over-date", List.of("rdmiller:About time they admitted it", "kbtech:Not so fast",
                "ottawa_dan:Chips"));
        expected.put("von-am-footers-weitere-artikel", List.of("radler_k:Endlich!", "Hans Bauer:Und wo sollen",
                "mkoch:Die Parkplätze"));
        expected.put("pie-nombre-fecha", List.of("jlopez:¿Y la ranura", "martaq:Buen precio", "Dani Romero:Yo espero"));
        expected.put("by-name-time-under-article-byline", List.of("tax_payer_44:Every year the same fight",
                "JMorales:The festival brings in", "westsider:Put a cap on it"));
        expected.put("by-name-time-blank-line-under", List.of("jerseygirl71:No AC on the trains",
                "Frank_in_Philly:Stay inside", "weatherwonk:Dew points"));
        // and where the layout does not say it, bylines keep their side: names over dates under a count ("3 thoughts
        // on …", "There are 4 comments") with a short last comment; footers whose next comment is a "+1" or "Thanks!"
        // twice (a reader's words, not the byline's control)
        expected.put("thoughts-on-short-last-comment", List.of("Ann Keller:I moved out of Kreuzberg", "Tom R.:Same story",
                "Mia:+1"));
        expected.put("there-are-comments-short-last", List.of("Lisa G.:Made these tonight", "Harold:Can I use apple",
                "Rachel:Yes, it works fine", "Jo:Yum!"));
        expected.put("footers-two-plus-ones", List.of("econ_grad:The border-county", "R. Fischer:+1",
                "Maria L:Would be good", "jdl:+1", "Sam:I worked minimum"));
        expected.put("blogger-thanks-twice", List.of("Gill:I have a whole tin", "Margaret:Thanks!",
                "Tom Baker:Is there parking", "Anonymous:Thanks!", "Margaret:There is a small car park"));
        // lists of stories, each headline over "by NAME DATE TIME" (with blank lines or packed), are no comments; nor
        // are such bylines under each text with one "+1" among them (they may close their texts or head the next: the
        // page does not say, and wrong names are worse than none)
        expected.put("article-listing-by-name-time", List.of());
        expected.put("section-listing-by-name-time", List.of());
        expected.put("packed-listing-by-name-time", List.of());
        expected.put("by-name-time-footers-with-plus-one", List.of());
        // the second review: a signature's last line over the date closing a "said..." comment; "Report abuse" as a
        // control under each comment, and in a reader's sentence
        expected.put("said-signature-then-date", List.of("Allen:The loader API is deliberate", "Axel:Thanks Allen",
                "Dave:Most of this goes away", "Anonymous:Why not just use AMD?"));
        expected.put("report-abuse-in-a-sentence", List.of("Kerry W:Don't feed them.", "Tom Atkins:Report abuse to Facebook",
                "Nadia:Honestly, if you Report abuse", "Priya B:Flag as inappropriate is what"));
        // session 28's review: a thread's pager is a control ("← Older Comments", "Newer Comments »", "Next ›" /
        // "Page 2 of 3" under a comment's "Reply"), but the same words as a reader's text stay: "Next Next Next",
        // a comment of numbers only, poll answers "Newer" / "Older"
        expected.put("older-comments-arrow-pager", List.of("Jane Doe:I did the same last year", "Peter K.:Which notebook",
                "Martin Hale:Dot grid, A5", "sam_r:Paper doesn't crash. That's all I need to know."));
        expected.put("newer-comments-pager-twice", List.of("Runner Ray:New socks on race day",
                "Beth:Congratulations on finishing, that's what counts.", "Joe Sampson:Did you use gels?",
                "Kelly Shaw:Two gels, but I should have taken the first one earlier."));
        expected.put("page-of-under-reply", List.of("Dana:Made these for a party", "Grace L.:Can I freeze the dough?",
                "Anna Blake:Yes! Freeze balls of dough and bake from frozen, add a minute or two."));
        expected.put("pager-words-in-readers-text", List.of("Priya:The toolbar checkbox",
                "Ben Carter:My dad's entire installation process is", "Olga M.:Ha, same with my mother",
                "techlead42:Honest question"));
        expected.put("numbers-only-comment", List.of("Dharma_Rick:4 8 15 16 23 42", "sawyer_fan:It still annoys me",
                "Kate L.:I bought a lottery ticket", "Nick Farrow:The numbers were always"));
        expected.put("older-newer-poll", List.of("kevin_b:Newer", "Ana Ruiz:Older", "Tom H.:Older. The new one",
                "gracie:Newer, but bring back", "Jess Morgan:Thanks everyone"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<Comment> got = text(e.getKey());
            assertEquals(e.getValue().size(), got.size(), e.getKey() + ": " + got);
            for (int i = 0; i < got.size(); i++) {
                String[] want = e.getValue().get(i).split(":", 2);
                assertEquals(want[0], got.get(i).author(), e.getKey());
                assertTrue(got.get(i).text().startsWith(want[1]), e.getKey() + ": " + got.get(i).text());
            }
        }
        List<Comment> signed = text("said-signature-then-date");
        assertEquals("June 11, 2013 at 11:30 AM", signed.get(0).timestampRaw());
        assertTrue(signed.get(0).text().endsWith("Ecma-262 Project Editor"), signed.get(0).text());
        assertTrue(text("report-abuse-in-a-sentence").stream().noneMatch(c -> c.text().endsWith("Report abuse")));
        // the pager's words are gone from the ends of the texts that had them, and kept where a reader wrote them
        for (String page : List.of("older-comments-arrow-pager", "newer-comments-pager-twice", "page-of-under-reply")) {
            Comment last = text(page).get(text(page).size() - 1);
            assertTrue(last.text().endsWith("."), page + ": " + last.text());
        }
        assertTrue(text("newer-comments-pager-twice").stream().noneMatch(c -> c.text().contains("Comments »")));
        assertTrue(text("pager-words-in-readers-text").get(1).text().endsWith("Next Next Next"));
        assertTrue(text("pager-words-in-readers-text").get(3).text().endsWith("I always pick Next"));
    }

    private static List<Comment> text(String name) throws Exception {
        Path file = LAYOUTS.resolve("text").resolve(name + ".txt");
        return new TextExtractor().extract(new Page(file, Files.readString(file), false, "h"), ExtractOptions.defaults())
                .comments();
    }

    private static List<String> authors(List<Comment> comments) {
        return comments.stream().map(Comment::author).toList();
    }
}
