package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Where the name is not the first name-like thing in a comment: a {@code dt} header whose body is a comment element
 * inside the {@code dd}, a "Profile" button in the element marked as the author, a staff star after the name. The
 * layouts are those of real pages in ../shared/pages-pool (a WordPress {@code dl.commentlist}, an Uproxx thread),
 * cut down.
 */
class HeaderAndBadgeAuthorsTest {

    private static String pair(int n, String name, String date, String body) {
        return "<dt id='comment-" + n + "' class='comment depth-1'>" + n + ".\t" + name + " -\n<a href='/p/#comment-" + n
                + "'>" + date + "</a></dt><dd class='comment depth-1'><div class='comment' id='div-comment-" + n + "'>"
                + body + "<div class='reply'><a class='comment-reply-link' href='?replytocom=" + n + "'>Reply</a></div>"
                + "</div></dd>";
    }

    @Test
    void aDtHeaderGivesTheNameAndDateOfTheCommentInItsDd() {
        List<Comment> c = ExtractFixtures.html("<h3>3 Responses</h3><dl class='commentlist'>"
                + pair(1, "Martin", "9 December, 2011", "<p>I’m an Arsenal supporter from Chicago. Looking forward to it.</p>")
                + pair(2, "bob mcnabs cat", "12 December, 2011", "<p>You have had a right result.</p>")
                + pair(3, "LeCiel", "28 December, 2011", "<p>натяжные потолки <a href='http://example.ua' rel='nofollow'>тут</a></p>")
                + "</dl>", Detection.NAMED_FIRST);
        // a name ending in "at" or "am" keeps it; a link in the body is not the name
        assertEquals(List.of("Martin", "bob mcnabs cat", "LeCiel"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("2011-12-09", "2011-12-12", "2011-12-28"),
                c.stream().map(x -> x.timestamp().toLocalDate().toString()).toList());
        assertEquals("You have had a right result.", c.get(1).text());
    }

    private static String uproxx(int n, String name, String text) {
        return "<li class='comment depth-1' id='li-comment-" + n + "'><div id='comment-" + n + "'>"
                + "<div class='comment-author vcard avatar-cell'><a class='view_profile' href='http://profile.example.com/u/"
                + n + "'><img src='/p/" + n + ".jpg' alt='[avatar]'></a><br><a class='profile_link view_profile' "
                + "href='http://profile.example.com/u/" + n + "'>Profile</a></div><div class='comment-meta commentmetadata'>"
                + "<div class='comment_date'> 11.05.12 at 2:5" + n + " pm</div><div class='comment_author'> " + name
                + "</div><div class='comment-body'><p>" + text + "</p></div></div></div></li>";
    }

    @Test
    void aNameOnItsOwnLineInTheDdStillCountsWhenTheDtHoldsOnlyTheDate() {
        String[] names = {"Anna", "Ben", "Carl"};
        String[] texts = {"I am worried about the timing of all this.", "Me too, it looks bad.", "Thanks for the piece."};
        StringBuilder dl = new StringBuilder("<dl class='commentlist'>");
        for (int i = 0; i < 3; i++) {
            dl.append("<dt class='comment'>May ").append(i + 2).append(", 2024</dt><dd class='comment'><p><strong>")
                    .append(names[i]).append("</strong></p><p>").append(texts[i]).append("</p></dd>");
        }
        List<Comment> c = ExtractFixtures.html(dl.append("</dl>").toString(), Detection.NAMED_FIRST);
        assertEquals(List.of("Anna", "Ben", "Carl"), c.stream().map(Comment::author).toList());
        assertEquals(List.of(texts[0], texts[1], texts[2]), c.stream().map(Comment::text).toList());
    }

    @Test
    void aDtPairsOnlyWithItsOwnDdNotWithAReplysHeaderInside() {
        String page = "<dl class='commentlist'>"
                + "<dt class='comment' id='comment-1'>Anna - May 2, 2024</dt><dd><p>First comment text, long enough to be read.</p>"
                + "<dl class='children'><dt class='comment' id='comment-2'>Ben - May 3, 2024</dt><dd><p>Reply text from Ben, "
                + "also long enough.</p></dd></dl></dd>"
                + "<dt class='comment' id='comment-3'>Carl - May 4, 2024</dt><dd><p>Third comment here, thanks for the piece.</p>"
                + "</dd></dl>";
        for (Comment c : ExtractFixtures.html(page, Detection.NAMED_FIRST)) {
            assertFalse(c.text().contains("May 3, 2024") && !c.author().equals("Ben"), "a reply's header as text: " + c);
        }
    }

    @Test
    void aProfileButtonIsNoNameAndAStaffStarIsNoPartOfOne() {
        List<Comment> c = ExtractFixtures.html("<h3>There are 3 comments</h3><ol class='commentlist'>"
                + uproxx(1, "Brandon\t\t\t\t\t&#9734;", "You know, I always wanted to be on Film Drunk.")
                + uproxx(2, "Spesholl K", "I imagine that Chodin is spotting Dubs doing squats.")
                + uproxx(3, "Fisi ♥", "Ooh congrats! Love the picture of you :)")
                + uproxx(4, "Reporter", "Nice one.")
                + uproxx(5, "Ann ✔️", "Agreed.")
                + "</ol>", Detection.NAMED_FIRST);
        // the heart is the reader's own; a name that is a word of a control elsewhere is still a name
        assertEquals(List.of("Brandon", "Spesholl K", "Fisi ♥", "Reporter", "Ann"),
                c.stream().map(Comment::author).toList());
    }
}
