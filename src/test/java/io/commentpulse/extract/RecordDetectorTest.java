package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record detector on small class-less layouts, one per kind of evidence it uses. */
class RecordDetectorTest {

    private static List<Comment> comments(String body) {
        Page page = new Page(Path.of("t.html"), "<html><head><title>T</title></head><body><main><h1>Post</h1>"
                + "<p>The article text, long enough to be an article and not a comment.</p>" + body
                + "</main></body></html>", true, "hash");
        ExtractOptions o = new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, Detection.RECORDS);
        return new HtmlExtractor().extract(page, o).comments();
    }

    private static String entry(String name, String iso, String shown, String text, String replies) {
        return "<li><div><h4><a href='/u/" + name + "'>" + name + "</a></h4><time datetime='" + iso + "'>" + shown
                + "</time></div><p>" + text + "</p><a href='#r'>Reply</a>" + replies + "</li>";
    }

    @Test
    void threadedListWithHeadingAuthorsAndMachineDates() {
        List<Comment> c = comments("<h3>3 Comments</h3><ol>"
                + entry("Anna", "2024-05-02T09:00:00Z", "May 2, 2024", "This worries me a lot.",
                "<ol>" + entry("Ben", "2024-05-02T10:00:00Z", "May 2, 2024", "Same here, to be honest.", "") + "</ol>")
                + entry("Carl", "2024-05-03T08:30:00Z", "May 3, 2024", "Good piece, thanks.", "")
                + "</ol>");
        assertEquals(3, c.size(), c.toString());
        assertEquals(List.of("Anna", "Ben", "Carl"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("This worries me a lot.", "Same here, to be honest.", "Good piece, thanks."),
                c.stream().map(Comment::text).toList());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo(), "Ben replies to Anna");
        assertEquals("", c.get(2).replyTo());
        assertEquals("2024-05-02T10:00Z", c.get(1).timestamp().toString());
    }

    @Test
    void bylineAfterTheTextGivesTheAuthor() {
        StringBuilder sb = new StringBuilder("<div>");
        String[][] rows = {{"Well, this is going to hurt.", "MattPatt", "5:39"}, {"RIP", "Drew", "6:00"},
                {"A hard day for many of us here.", "Andrew B", "5:57"}};
        for (String[] r : rows) {
            sb.append("<div><p>").append(r[0]).append("</p><span>Comment - Posted by: ").append(r[1])
                    .append(" at November 10, 2012 ").append(r[2]).append(" PM</span></div>");
        }
        List<Comment> c = comments(sb.append("</div>").toString());
        assertEquals(List.of("MattPatt", "Drew", "Andrew B"), c.stream().map(Comment::author).toList());
        assertEquals("RIP", c.get(1).text());
    }

    @Test
    void datedTeasersAreNotComments() {
        StringBuilder sb = new StringBuilder("<div>");
        for (int i = 1; i <= 4; i++) {
            sb.append("<div><p>July ").append(i).append(", 2012</p><h5><a href='/2012/07/0").append(i)
                    .append("/some-other-story-here'>Some Other Story Number ").append(i)
                    .append("</a></h5><p>A summary of another article that the site wants you to read next.</p></div>");
        }
        assertEquals(List.of(), comments(sb.append("</div>").toString()));
    }

    @Test
    void aLoneCommentNeedsTheHeadingThatAnnouncesIt() {
        String one = "<ol>" + entry("Dana", "2024-05-02T09:00:00Z", "May 2, 2024", "Is this really safe?", "") + "</ol>";
        assertEquals(1, comments("<h3>1 Comment</h3>" + one).size());
        assertEquals(0, comments("<h3>Related</h3>" + one).size());
    }

    @Test
    void undatedCommentsCountOnlyUnderACommentsHeading() {
        String list = "<div><div><div>sumathi s</div><div>It is great to come across a blog like this one.</div></div>"
                + "<div><div>Leop0ld</div><div>May I translate this article into Korean?</div></div>"
                + "<div><div>naayak</div><div>Very good information shared by you, thanks.</div></div></div>";
        List<Comment> c = comments("<h2>Comments</h2>" + list);
        assertEquals(List.of("sumathi s", "Leop0ld", "naayak"), c.stream().map(Comment::author).toList());
        assertTrue(c.get(1).text().startsWith("May I translate"), c.get(1).text());
        assertEquals(0, comments("<h2>Testimonials</h2>" + list).size());
    }

    @Test
    void navigationAndFormsAreNeverComments() {
        String list = "<ul>" + entry("Eve", "2024-05-02T09:00:00Z", "May 2, 2024", "A real looking comment text.", "")
                + entry("Finn", "2024-05-03T09:00:00Z", "May 3, 2024", "Another real looking comment.", "") + "</ul>";
        assertEquals(0, comments("<nav>" + list + "</nav>").size());
        assertEquals(2, comments(list).size());
    }

    @Test
    void aLoneReplyInAnUnorderedListUnderAnOrderedOneIsARecord() {
        // top-level comments in an ol, each reply list a ul: the one reply has its kin's shape all the same
        // (each comment has one reply, so no reply shares its comment's shape unless the reply list is left out of it)
        List<Comment> c = comments("<h3>4 Comments</h3><ol>"
                + entry("Anna", "2024-05-02T09:00:00Z", "May 2, 2024", "This worries me a lot.",
                "<ul>" + entry("Ben", "2024-05-02T10:00:00Z", "May 2, 2024", "Same here, to be honest.", "") + "</ul>")
                + entry("Carl", "2024-05-03T08:30:00Z", "May 3, 2024", "Good piece, thanks.",
                "<ul>" + entry("Dana", "2024-05-03T09:30:00Z", "May 3, 2024", "Agreed, a clear one.", "") + "</ul>")
                + "</ol>");
        assertEquals(List.of("Anna", "Ben", "Carl", "Dana"), c.stream().map(Comment::author).toList());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo(), "Ben replies to Anna");
        assertEquals(c.get(2).commentId(), c.get(3).replyTo(), "Dana replies to Carl");
    }

    @Test
    void pingbacksQuotingAnotherSitesExcerptAreNotComments() {
        StringBuilder sb = new StringBuilder("<h3>Trackbacks</h3><ol>");
        String[] sites = {"Weekly links", "Reading list", "Friday roundup"};
        for (int i = 0; i < sites.length; i++) {
            sb.append("<li><div><a href='http://other").append(i).append(".example/post'>").append(sites[i])
                    .append("</a><time datetime='2024-05-0").append(i + 2).append("T09:00:00Z'>May ").append(i + 2)
                    .append(", 2024</time></div><p>[…] a good read on the new rules, see the whole post […]</p></li>");
        }
        assertEquals(List.of(), comments(sb.append("</ol>").toString()));
    }

    /**
     * An undated list (a comment system's fallback markup) with no heading beside it counts when the page says how many
     * comments it has, anywhere, and the list has exactly that many items; a web address before a name is not the name.
     */
    @Test
    void anUndatedListAsLongAsThePagesCommentCountIsTheComments() {
        String[][] rows = {{"http://twitter.com/jy Jonathan Y", "I actually care who you vote for, but that is another talk."},
                {"Ella R", "Love how you rallied a nation and put them down at once!"},
                {"Kirsten A", "Well said. The foremost thing on my mind is this election."}};
        StringBuilder list = new StringBuilder("<ul>");
        for (String[] r : rows) {
            list.append("<li><div><p>").append(r[0]).append("</p></div><div><p>").append(r[1]).append("</p></div></li>");
        }
        list.append("</ul>");
        // the count stands at the top of the post, far from the list (no heading beside the list announces it)
        String article = "<p>More of the article's text goes here, enough of it to read as an article paragraph.</p>"
                .repeat(4);
        List<Comment> counted = comments("<p><a href='#c'>3 Comments</a></p>" + article + "<div>" + list + "</div>");
        assertEquals(List.of("Jonathan Y", "Ella R", "Kirsten A"), counted.stream().map(Comment::author).toList());
        List<Comment> miscounted = comments("<p><a href='#c'>5 Comments</a></p>" + article + "<div>" + list + "</div>");
        assertEquals(List.of(), miscounted, "a count that does not match announces nothing");
    }

    /** A line an author repeats under each comment is a signature; one they repeat at the start is their text. */
    @Test
    void signaturesCloseCommentsAndGreetingsOpenThem() {
        String[][] rows = {{"Hugh", "2", "Hey Joe<br>Explain to us why the council should stay out of it."},
                {"Joe", "3", "Because nobody asked it to step in, that is why."},
                {"Hugh", "4", "Hey Joe<br>We are still waiting for your brilliant answer."},
                {"Ann", "5", "Both of you, please keep it civil here."}};
        StringBuilder sb = new StringBuilder("<h3>4 Comments</h3><ol>");
        for (String[] r : rows) {
            sb.append(entry(r[0], "2024-05-0" + r[1] + "T09:00:00Z", "May " + r[1] + ", 2024", r[2],
                    r[0].equals("Hugh") ? "<p>Hugh W., Springfield</p>" : ""));
        }
        List<Comment> c = comments(sb.append("</ol>").toString());
        assertEquals(4, c.size(), c.toString());
        assertEquals("Hey Joe\nWe are still waiting for your brilliant answer.", c.get(2).text());
        assertEquals("Hey Joe\nExplain to us why the council should stay out of it.", c.get(0).text());
    }

    @Test
    void aReaderQuotingWithAnEllipsisInBracketsIsStillAComment() {
        List<Comment> c = comments("<h3>2 Comments</h3><ol>"
                + entry("Anna", "2024-05-02T09:00:00Z", "May 2, 2024", "[…] the council said no. Really?", "")
                + entry("Carl", "2024-05-03T08:30:00Z", "May 3, 2024", "Good piece, thanks.", "")
                + "</ol>");
        assertEquals(List.of("Anna", "Carl"), c.stream().map(Comment::author).toList());
    }

    @Test
    void commentsWrittenOnOneLineAfterTheirBylineAreComments() {
        StringBuilder sb = new StringBuilder("<h3>3 Comments</h3><ul>");
        String[][] rows = {{"Ann", "2", "This is going to hurt a lot of families."}, {"Bob", "3", "Agreed, and soon."},
                {"Cy", "4", "Not sure the plan adds up at all."}};
        for (String[] r : rows) {
            sb.append("<li><a href='/u/").append(r[0]).append("'>").append(r[0]).append("</a> on <time datetime='2024-05-0")
                    .append(r[1]).append("T09:00:00Z'>May ").append(r[1]).append(", 2024</time>: ").append(r[2]).append("</li>");
        }
        List<Comment> c = comments(sb.append("</ul>").toString());
        assertEquals(3, c.size(), c.toString());
    }

    @Test
    void aFeedOfOneLineDatedPostsIsNoCommentThread() {
        StringBuilder sb = new StringBuilder("<aside><ul>");
        String[] posts = {"New post up: the election explained", "Thanks for all the kind words today",
                "Off to the press conference now", "Our podcast is out, have a listen"};
        for (int i = 0; i < posts.length; i++) {
            sb.append("<li>").append(posts[i]).append(" <a href='https://twitter.example/s/").append(i)
                    .append("'><time datetime='2024-05-0").append(i + 1).append("T09:00:00Z'>").append(i + 1)
                    .append(" hours ago</time></a></li>");
        }
        assertEquals(List.of(), comments(sb.append("</ul></aside>").toString()));
    }
}
