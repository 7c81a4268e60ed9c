package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.html;
import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where one comment ends and what belongs to it, on the shapes of real pool pages (session 11): a byline named
 * like a comment inside the comment, a body followed by its byline as siblings, a comment number on a line of its
 * own, a weekday before the date, a web address after the name.
 */
class RecordBoundariesTest {
    @Test
    void aBylineNamedLikeACommentDoesNotCutTheCommentOffItsText() {
        String li = "<li class='comment' id='li-comment-%d'><p class='comment-data' id='comment-%d'><strong>%s</strong>"
                + " <em>says:</em> <span class='date'>11/%d/2012</span></p><div class='comment-content'><p>%s</p></div>"
                + "<p class='reply'><a href='#'>Reply</a></p></li>";
        List<Comment> c = html("<h3>Comments</h3><ol id='comments'>"
                + String.format(li, 1, 1, "Public Speaking Trainer", 2, "Extremely helpful post for link building.")
                + String.format(li, 2, 2, "Chimezirim Odimba", 3, "We are actually spoiled for options here.")
                + "</ol>", Detection.NAMED_FIRST);
        assertEquals(List.of("Extremely helpful post for link building.", "We are actually spoiled for options here."),
                c.stream().map(Comment::text).toList());
        assertEquals(List.of("Public Speaking Trainer", "Chimezirim Odimba"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aBodyFollowedByItsBylineIsOneCommentWithoutAnyClassName() {
        String pair = "<div><p>%s</p></div><p>Posted by: <a href='mailto:x@example.org'>%s</a> at October %d, 2012 02:30 PM</p>";
        List<Comment> c = html("<h2>Comments</h2>"
                + String.format(pair, "I'm curious why you didn't think the drought was relevant to the figure.", "matt wilbert", 28)
                + String.format(pair, "I'm amazed by the report, and in a good way this time.", "jonathan", 29)
                + String.format(pair, "Issue about acceleration in real defense spending is interesting.", "Joseph", 30),
                Detection.RECORDS);
        assertEquals(3, c.size(), c.toString());
        assertEquals(List.of("matt wilbert", "jonathan", "Joseph"), c.stream().map(Comment::author).toList());
        assertEquals("I'm amazed by the report, and in a good way this time.", c.get(1).text());
        assertEquals(29, c.get(1).timestamp().getDayOfMonth());
    }

    @Test
    void aHeaderWhoseDateIsAPermalinkIsNoTeaserWhenItsBodyHasText() {
        String pair = "<dt class='comment' id='comment-%d'><span class='comment_author'>%s</span> <span class='comment_time'>"
                + "<a href='#comment-%d'>October 24, 2012 at %d:00 am</a></span></dt><dd class='comment'><div class='format_text'>"
                + "<p>%s</p><p class='reply'><a href='#respond'>Reply</a></p></div></dd>";
        List<Comment> c = html("<div id='comments'><dl id='comment_list'>"
                + String.format(pair, 1, "Diana Colley", 1, 7, "Your website thinks I am new but I have been reading for years.")
                + String.format(pair, 2, "Olivia", 2, 8, "Keep it simple, a great rule to remember.")
                + String.format(pair, 3, "tVM", 3, 9, "Lovely, thank you.")
                + "</dl></div>", Detection.NAMED_FIRST);
        assertEquals(List.of("Diana Colley", "Olivia", "tVM"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aCommentNumberOnItsOwnLineIsNotTextButAReferenceToAnotherCommentIs() {
        assertEquals("Fixed image, thanks!", CommentChrome.cleanText("1. Says:\nFixed image, thanks!"));
        assertEquals("I desperately want to turn to you.", CommentChrome.cleanText("12\nI desperately want to turn to you."));
        assertEquals("#44\nI believe it was the Merv Griffin set.", CommentChrome.cleanText("#44\nI believe it was the Merv Griffin set."));
        assertEquals("2 things bother me here.", CommentChrome.cleanText("2 things bother me here."));
    }

    @Test
    void aWeekdayBeforeTheDateIsNotTheAuthorAndAWebAddressIsNotPartOfTheName() {
        String item = "<div class='comment'><span class='submitted'>%s</span><p>%s</p></div>";
        List<Comment> c = html("<div id='comments'>"
                + String.format(item, "Fri, 2012-11-09 15:30 — Pentangelis (not verified)", "I have absolutely no time for this.")
                + String.format(item, "Sam On Thursday, November 1 at 5:15 pm", "Oh the memories this brings back.")
                + "</div>", Detection.NAMED_FIRST);
        assertEquals(List.of("Pentangelis", "Sam"), c.stream().map(Comment::author).toList());
        assertEquals("Stephan Kopp", AuthorNames.cleanAuthor("Stephan Kopp http://stephankopp.net"));
        assertEquals("Ed Brill", AuthorNames.cleanAuthor("Ed Brill www.edbrill.com"));
        assertEquals("Steve", AuthorNames.cleanAuthor("1 Steve"), "a comment number before the name");
        assertEquals("Megan | EatsDaily", AuthorNames.cleanAuthor("Megan | EatsDaily"), "a name and its blog");
        assertEquals("Ann", AuthorNames.cleanAuthor("Ann | 3 hours ago"));
        assertEquals("Ann", AuthorNames.cleanAuthor("Ann | Reply"));
        assertEquals("Blog is the New Black", AuthorNames.cleanAuthor("12 Blog is the New Black"));
    }

    @Test
    void aListNumberBeforeTheDateAndASlashBeforeTheNameInADump() {
        List<Comment> c = text("""
                Comments (2)

                 1. 17. Jul, 2012 / Suchitra says:

                    aren't u glad u did not marry someone like joey from friends?

                    [Reply]

                 2. 17. Jul, 2012 / Andrea says:

                    Oh sprinkles, when I lived in Germany I ate those Dutch chocolate sprinkles.

                    [Reply]
                """);
        assertEquals(List.of("Suchitra", "Andrea"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("17. Jul, 2012", "17. Jul, 2012"), c.stream().map(Comment::timestampRaw).toList());
    }

    @Test
    void aNameGluedToTheMonthAndAnImageAltBeforeTheTextInADump() {
        List<Comment> c = text("""
                12 comments:

                Pam@TheMeltawaysAugust 5, 2012 at 4:11 AM

                I LOVE quiche! This looks and sounds delicious!

                seetfeiAugust 5, 2012 at 4:21 AM

                [d5de32f3] This look gorgeous! Thanks for sharing Tora!
                """);
        assertEquals(List.of("Pam@TheMeltaways", "seetfei"), c.stream().map(Comment::author).toList());
        assertEquals("This look gorgeous! Thanks for sharing Tora!", c.get(1).text());
        assertEquals(5, c.get(0).timestamp().getDayOfMonth());
    }

    @Test
    void aReplyLineBeforeTheTextAndAVerbAfterTheNameInADump() {
        List<Comment> c = text("""
                Comments

                QueenSashy added 1 day ago
                Reply

                Food52 folks, thank you for including my dish into community picks.

                sdebrango added about 2 hours ago
                Reply

                Congratulations, so well deserved, this is a great recipe.
                """);
        assertEquals(List.of("QueenSashy", "sdebrango"), c.stream().map(Comment::author).toList());
        assertEquals("Food52 folks, thank you for including my dish into community picks.", c.get(0).text());
    }

    @Test
    void aWeekdayBeforeAnIsoDateAndTheNameAfterADashInADump() {
        List<Comment> c = text("""
                Comments

                Fri, 2012-11-09 17:18 — Ciaran Goggins

                Tom Watson is a very brave man, he is taking on the establishment.

                Fri, 2012-11-09 15:30 — Pentangelis (not verified)

                I have absolutely no time for Mr. Watson and his politically motivated attack.
                """);
        assertEquals(List.of("Ciaran Goggins", "Pentangelis"), c.stream().map(Comment::author).toList());
        assertEquals(List.of(17, 15), c.stream().map(x -> x.timestamp().getHour()).toList());
    }
}
