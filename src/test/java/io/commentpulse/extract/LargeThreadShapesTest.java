package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.html;
import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes that the 16 largest pool threads (session 12, measured before any change) showed the extractor getting
 * wrong: comments that are only a title, a "X said," line above the text, a link inside a sentence taken for the
 * author, a second (hidden) rendering of the whole thread, a byline header read as a reply, "X responded to Y",
 * per-author signatures, and the same threads as text dumps.
 */
class LargeThreadShapesTest {
    /** SB Nation 2012: a toggling title link, the body (often empty), a signature, then "by X on DATE". */
    private static String sbn(int id, String title, String body, String author, String sig, int minute) {
        return "<div class='citem' id='comment_item_" + id + "'><div id='comment_inner_" + id + "' class='comment cpic'>"
                + "<a class='pic' href='http://www.sbnation.com/users/" + author + "'><img src='x.png'></a>"
                + "<h5 class='comment_title'><a href='#' onclick='return false'>" + title + "</a></h5>"
                + "<div id='comment_body_" + id + "' class='cbody'>" + body + "</div>"
                + (sig.isEmpty() ? "" : "<div class='sig'>" + sig + "</div>")
                + "<p class='by'>by <a href='http://www.sbnation.com/users/" + author + "'>" + author + "</a> on "
                + "<span class='time'><a class='tz-convert' href='#" + id + "'>Aug 9, 2012 1:" + minute + " PM EDT</a></span> "
                + "<a href='#' class='reply_link'>reply</a> <a href='#' class='actions_link'>actions</a></p></div>"
                + "<div id='comment_form_container_" + id + "'></div></div>";
    }

    @Test
    void aCommentThatIsOnlyATitleKeepsItsTitleAsText() {
        List<Comment> c = html("<div id='comments'>"
                + sbn(1, "first?", "", "PreachITBrotha", "Follow @Trfernan21990", 10)
                + sbn(2, "Lobby did a great job of keeping his body still, though.", "<p>I think that one goes to him.</p>",
                "BWoodrum", "", 11)
                + sbn(3, "Advantage", "<p>Us.</p>", "Colorado Fan", "", 12) + "</div>", Detection.NAMED_FIRST);
        assertEquals(List.of("first?", "I think that one goes to him.", "Us."), c.stream().map(Comment::text).toList());
        assertEquals(List.of("PreachITBrotha", "BWoodrum", "Colorado Fan"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aSignatureRepeatedUnderOneAuthorsCommentsIsNotTheirTextWithoutClassNames() {
        String sig = "I got away from the one thing that kept me on the straight and narrow";
        List<Comment> c = html("<div>"
                + sbn(1, "Set up outside", "<p>ball was inner half</p>", "Sandy Kazmir", sig, 10)
                + sbn(2, "Man if he's not going to get that pitch", "<p>it's going to be a looooong day</p>", "Sandy Kazmir", sig, 11)
                + sbn(3, "wurd", "", "Frozenraysfan", "", 12)
                + sbn(4, "Camon Lobey", "", "Sandy Kazmir", sig, 13) + "</div>", Detection.RECORDS);
        assertEquals(List.of("ball was inner half", "it's going to be a looooong day", "wurd", "Camon Lobey"),
                c.stream().map(Comment::text).toList());
    }

    /** SB Nation nests a reply as a child of the comment it answers, beside that comment's own parts. */
    private static String nest(String comment, String reply) {
        int end = comment.lastIndexOf("</div>");
        return comment.substring(0, end) + reply + comment.substring(end);
    }

    @Test
    void aChainOfSingleRepliesWithoutAListAroundThemIsFoundWithoutClassNames() {
        String chain = sbn(5, "That was quite a game.", "<p>Everyone's hitting right now. The hits and runs really got "
                + "started once the starter was gone, and the bullpen did the rest.</p>", "Torrey's Tacos", "", 15);
        chain = nest(sbn(4, "I think that seeing the Angels hitting", "<p>Everyone was looking for a hit, rather than "
                + "worrying about making an out, and that changed the whole game for us.</p>", "One won lost won", "", 14), chain);
        chain = nest(sbn(3, "Were you in 234?", "", "Torrey's Tacos", "", 13), chain);
        chain = nest(sbn(2, "yea after Morales' homer", "<p>they just stopped putting out any highlights for some reason, "
                + "which is a shame because the late innings were the best part of it.</p>", "Athletix Man", "", 12), chain);
        chain = nest(sbn(1, "anyone have a link to carter's home run", "<p>Go A's! It's not on gameday yet and I have "
                + "been refreshing the page for twenty minutes now without any luck.</p>", "Athletix Man", "", 11), chain);
        List<Comment> c = html("<div>" + chain + sbn(6, "Advantage", "<p>Us. With Coco roaming center it really is an "
                + "advantage, especially on a day game with the sun in their eyes.</p>", "Colorado Fan", "", 16)
                + sbn(7, "Suzuki..", "", "sf drift king", "", 17) + "</div>", Detection.RECORDS);
        assertEquals(List.of("Athletix Man", "Athletix Man", "Torrey's Tacos", "One won lost won", "Torrey's Tacos",
                "Colorado Fan", "sf drift king"), c.stream().map(Comment::author).toList());
        assertTrue(c.get(0).text().startsWith("Go A's!"), c.get(0).text());
        assertEquals("Were you in 234?", c.get(2).text());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo());
    }

    @Test
    void aSaidLineAboveTheTextIsTheBylineNotTheText() {
        String li = "<li id='comment-%d'><p>August 9th, 2012 at 8:%d am</p><p><strong><a href='http://x.example' "
                + "rel='external nofollow' class='url'>%s</a></strong> said,</p><p>%s</p></li>";
        List<Comment> c = html("<div class='comments'><ol>"
                + String.format(li, 1, 38, "infamousdx", "What hotels/resorts have you stayed at in Bali besides the IC?")
                + String.format(li, 2, 41, "Kevin", "Agree with all of your choices, but a couple of my favorites.")
                + "</ol></div>", Detection.NAMED_FIRST);
        assertEquals(List.of("What hotels/resorts have you stayed at in Bali besides the IC?",
                "Agree with all of your choices, but a couple of my favorites."), c.stream().map(Comment::text).toList());
        assertEquals(List.of("infamousdx", "Kevin"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aLinkInsideASentenceIsNoAuthor() {
        String li = "<li class='comment' id='comment-%d'><div id='div-comment-%d'><div class='comment_meta'><img class='avatar'"
                + " src='a.png'></div><div class='comment_entry'><p class='cm-meta'>%s &#8212; <a href='#comment-%d' "
                + "class='comment-meta-time'>July 10th, 2012, 1:%d am</a></p><p>%s</p><a class='comment-reply-link' "
                + "href='#respond'>Reply</a></div></div></li>";
        List<Comment> c = html("<ol class='commentlist'>"
                + String.format(li, 1, 1, "Justin Murray", 1, 50, "Hey Tim, good article, and thanks for writing it.")
                + String.format(li, 2, 2, "Roger P", 2, 52, "As for calling, I'd rather leave that to Insultron "
                + "(<a href='http://twitter.com/insultron'>http://twitter.com/insultron</a>), but I fear that will do "
                + "more harm than good.")
                + "</ol>", Detection.NAMED_FIRST);
        assertEquals(List.of("Justin Murray", "Roger P"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aSecondRenderingOfTheThreadWithTheSameIdsIsNotCountedTwice() {
        String li = "<li class='steve_comment' id='comment-%d'><div class='comment-author'><cite>%s</cite> wrote on "
                + "November 13th, 2012 at 5:%d am</div><div class='comment-content'><p>%s</p></div></li>";
        String list = String.format(li, 1, "Davey", 49, "Once again, Taurus revolvers float to the surface.")
                + String.format(li, 2, "Kyle", 58, "I'm going to Borrow/Steal from Box of Truth.");
        List<Comment> c = html("<div id='comments'><ol class='commentlist' id='recent'>" + list
                + "</ol><ol class='commentlist' id='high_rated'>" + list + "</ol></div>", Detection.NAMED_FIRST);
        assertEquals(2, c.size(), c.toString());
    }

    @Test
    void aBylineHeaderIsNoReplyOfItsOwnCommentWithoutClassNames() {
        String div = "<div id='comment-%d' class='comment'><div class='inner'><div class='comment-header'><div class='asset-meta'>"
                + "<span class='byline'><span class='vcard author'>%s</span> | <a href='#comment-%d'><abbr class='published' "
                + "title='2012-11-09T01:%d:10-06:00'>November 9, 2012 1:%d AM</abbr></a> | <a href='javascript:void(0);'>Reply</a>"
                + "</span></div></div><div class='comment-content'><p>%s</p></div></div></div>";
        List<Comment> c = html("<div id='comments'><h2>3 Comments</h2><div class='comments-content'>"
                + String.format(div, 1, "Matthew Ford", 1, 36, 36, "I was a big fan of the Casino Royale reboot.")
                + String.format(div, 2, "Danielle", 2, 46, 46, "I was so happy to see Casino Royale with Daniel Craig as Bond.")
                + String.format(div, 3, "Andy Hutton", 3, 47, 47, "Totally agree with your review, Roger: a great Bond movie.")
                + "</div></div>", Detection.RECORDS);
        assertEquals(List.of("Matthew Ford", "Danielle", "Andy Hutton"), c.stream().map(Comment::author).toList());
        assertEquals("I was so happy to see Casino Royale with Daniel Craig as Bond.", c.get(1).text());
    }

    @Test
    void respondedToSomeoneIsNotPartOfTheName() {
        assertEquals("Phil White", AuthorNames.cleanAuthor("Phil Whiteresponded to Davey"));
        assertEquals("Kyle", AuthorNames.cleanAuthor("Kyle replied to Phil White"));
    }

    @Test
    void textDumpsOfLargeThreads() {
        List<Comment> sbn = text("""
                Post title

                52 comments

                [8_b]

                Cool nice article

                Especially the Ronnie price part

                by phxpurple on Aug 8, 2012 10:04 AM MST via Android app reply actions \s

                [121]

                indeed!

                by sun-arc on Aug 8, 2012 12:39 PM MST via mobile up reply actions \s
                """);
        assertEquals(List.of("phxpurple", "sun-arc"), sbn.stream().map(Comment::author).toList());
        assertEquals("indeed!", sbn.get(1).text());
        List<Comment> dashed = text("""
                199 Comments

                    Roger P — July 10th, 2012, 1:52 am

                    Tim, when you mentioned a late-night rant via Twitter, I expected it to be an interesting read.

                    Reply

                    Justin Murray — July 10th, 2012, 1:55 am

                    Good article.

                    Reply
                """);
        assertEquals(List.of("Roger P", "Justin Murray"), dashed.stream().map(Comment::author).toList());
        assertEquals("Good article.", dashed.get(1).text());
        List<Comment> said = text("""
                48 Comments

                August 9th, 2012 at 8:38 am

                infamousdx said,

                What hotels/resorts have you stayed at in Bali besides the IC? Heading there in 2 weeks!

                August 9th, 2012 at 8:41 am

                Kevin said,

                Agree with all of your choices.
                """);
        assertEquals(List.of("infamousdx", "Kevin"), said.stream().map(Comment::author).toList());
        assertTrue(said.get(0).text().startsWith("What hotels/resorts"), said.get(0).text());
    }

    @Test
    void aMenuEntryNamedLikeCommentsIsNoCommentsHeading() {
        List<Comment> c = text("""
                      □ Contact
                      □ Comment Policy

                Let's Make Soup this Fall and Winter

                by Heather Solos on October 22, 2012

                Cooler weather has finally arrived, yes, even in my little corner of the world.

                { 2 comments… read them below or add one }

                1 Melinda October 22, 2012 at 1:57 pm

                    I really need to learn the mustgo technique.

                    Reply

                2 Miriam October 28, 2012 at 6:19 pm

                    Soup is the best thing about the fall.

                    Reply
                """);
        assertEquals(List.of("Melinda", "Miriam"), c.stream().map(Comment::author).toList());
    }
}
