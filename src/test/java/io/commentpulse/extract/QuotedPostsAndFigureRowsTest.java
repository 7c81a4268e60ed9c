package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Look-alikes of a thread from news pages of 2016–2019 (pages-mercury), and the readers they must not cost. */
class QuotedPostsAndFigureRowsTest {
    private static final String PAGE = "<html><head><title>T</title>"
            + "<link rel=canonical href='https://news.example.com/2016/12/story'></head><body><div><div>Post</div>"
            + "<p>The article text, long enough to be an article and not a comment.</p>%s</div></body></html>";

    private static List<Comment> page(String inner) {
        return new HtmlExtractor().extract(new Page(java.nio.file.Path.of("t.html"), String.format(PAGE, inner), true, "h"),
                new ExtractOptions(java.time.ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, Detection.RECORDS))
                .comments();
    }

    private static String tweet(String text, String who, String date) {
        return "<blockquote class=x><p>" + text + "</p><p>— " + who + " <a href='https://twitter.com/" + who
                + "/status/1'>" + date + "</a></p></blockquote><p></p>";
    }

    @Test
    void postsTheArticleEmbedsAreNoThread() {
        assertEquals(List.of(), page(tweet("Ready when you are. Give me a little nudge?", "Philae2014", "November 12, 2014")
                + tweet("My back is chilly now you have left, send me a postcard!", "ESA_Rosetta", "November 12, 2014")));
    }

    @Test
    void readersASiteSetsInBlockquotesStay() {
        // comments set in blockquotes, each dated by a link to itself on the page's own site
        String c = "<div><blockquote><p>%s</p><cite>%s, <a href='https://news.example.com/2016/12/story#c%d'>%s</a>"
                + "</cite></blockquote></div>";
        List<Comment> got = page(String.format(c, "I think the council got this one badly wrong again.", "Anna", 1,
                "May 3, 2020") + String.format(c, "No, they had no other choice given the budget.", "Max", 2, "May 4, 2020"));
        assertEquals(2, got.size());
    }

    @Test
    void rowsOfFiguresAreATableAndReadersShortWordsAreNot() {
        assertTrue(CommentChrome.tableRows(List.of("[5_4647798]CIN o42.5 □ [5_4647799]CLE +5.5",
                "[5_4647821]MIN o39.5 □ [5_4647804]JAX +3.5", "[5_4647833]ARI o43.5 □ [5_4647507]MIA +2",
                "All NFL Scores\nTrending")));
        assertFalse(CommentChrome.tableRows(List.of("LOL", "+1", "THIS",
                "Honestly the referee ruined this match, and everybody saw it.")));
        assertFalse(CommentChrome.tableRows(List.of("2:1", "3:0", "1:1", "Bayern wins this one easily, I am sure.")));
        // a very long row is read cell by cell, with no deep regular expression stack
        assertFalse(CommentChrome.tableRows(List.of("12 ".repeat(5000), "12 ".repeat(5000), "12 ".repeat(5000))));
    }
}
