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
 * The pages session 20's two reviews wrote where that session's mechanisms first lost, garbled or invented comments
 * (src/test/resources/layouts/README.md): each is read as a reader would read it.
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
        List<String> labelled = authors(text("comment-by-label"));
        assertEquals(4, labelled.size());
        assertTrue(labelled.get(0).endsWith("Linda Park"), labelled.toString());
    }

    private static List<Comment> html(String name) throws Exception {
        Path file = LAYOUTS.resolve(name + ".html");
        return new HtmlExtractor().extract(new Page(file, Files.readString(file), true, "h"), ExtractOptions.defaults())
                .comments();
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
