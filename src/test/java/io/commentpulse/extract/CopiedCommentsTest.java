package io.commentpulse.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which comments of a page count as read before, on the seed page's eight real comments: a text copy, a later save,
 * a grown save whose old comments keep their ids, a reader's words under another story, short texts.
 */
class CopiedCommentsTest {
    private static List<Comment> seed;

    @BeforeAll
    static void read() throws Exception {
        seed = new Extractor(ExtractOptions.defaults()).extract(Path.of("seeds", "000_17144ddd7cde3ebf.txt")).comments();
        assertEquals(8, seed.size());
    }

    /** A page of {@code texts} with ids made from {@code page} (so a copy's ids differ from the page's). */
    private static CopiedComments.Prints page(String page, List<String> texts) {
        return CopiedComments.Prints.of(IntStream.range(0, texts.size()).mapToObj(i -> page + "-" + i).toList(), texts);
    }

    private static List<String> texts() {
        return seed.stream().map(Comment::text).toList();
    }

    @Test
    void aTextCopyIsLeftOutWhole() {
        CopiedComments c = new CopiedComments();
        assertEquals(0, c.judge("page.html", page("html", texts())).count());
        List<String> copied = new ArrayList<>();
        for (String t : texts()) {
            copied.add(t.replace("\n", " ").replace(",", "").replace("'", "\u2019"));   // wrapped, other punctuation
        }
        CopiedComments.Verdict v = c.judge("page.txt", page("txt", copied));
        assertEquals(8, v.count());
        assertEquals("page.html", v.from());
        assertTrue(v.warning().startsWith("8 of its 8 comments were already read, as the same comments or their texts, "
                + "from page.html: a copy of it"), v.warning());
    }

    @Test
    void aLaterSaveKeepsItsNewCommentsEvenAShortOneSaidBefore() {
        CopiedComments c = new CopiedComments();
        List<String> before = new ArrayList<>(texts().subList(0, 7));
        before.add("Agreed.");
        c.judge("early.html", page("early", before));
        List<String> later = new ArrayList<>(before);
        later.add(texts().get(7));
        later.add("Agreed.");   // a second reader says it too: one of the two was there before
        CopiedComments.Verdict v = c.judge("later.txt", page("later", later));
        assertEquals(8, v.count());
        assertEquals(List.of(texts().get(7), "Agreed."), v.kept(later));
        assertTrue(v.warning().endsWith("counted once (its 2 others kept)"), v.warning());
    }

    @Test
    void aSaveThatGrewKeepsOnlyItsNewCommentsByTheirIds() {
        CopiedComments c = new CopiedComments();
        List<String> ids = IntStream.range(0, 8).mapToObj(i -> "a1-c" + i).toList();
        c.judge("early.html", CopiedComments.Prints.of(ids.subList(0, 2), texts().subList(0, 2)));
        // six new comments: far below the share that makes a copy, but the two old ones are the very same comments
        CopiedComments.Verdict v = c.judge("later.html", CopiedComments.Prints.of(ids, texts()));
        assertEquals(2, v.count());
        assertNull(v.from());
        assertEquals(texts().subList(2, 8), v.kept(texts()));
        assertTrue(v.warning().startsWith("2 of its 8 comments were already read from another file (same article, "
                + "author, time and text): read before; counted once (its 6 others kept)"), v.warning());
    }

    @Test
    void aPageSharingAFewTextsWithAnotherKeepsThemAll() {
        CopiedComments c = new CopiedComments();
        c.judge("story-1.html", page("s1", texts().subList(0, 4)));
        List<String> other = new ArrayList<>(texts().subList(4, 8));
        other.add(texts().get(0));   // the same reader's words under another story
        assertEquals(0, c.judge("story-2.html", page("s2", other)).count());
    }

    @Test
    void onlyTheCopiedFilesCommentsAreMatched() {
        CopiedComments c = new CopiedComments();
        c.judge("other.html", page("o", List.of(texts().get(7))));
        c.judge("page.html", page("p", texts().subList(0, 7)));
        // a copy of page.html that also has other.html's comment: that one was never on page.html, so it is kept
        CopiedComments.Verdict v = c.judge("page.txt", page("t", texts()));
        assertEquals("page.html", v.from());
        assertEquals(List.of(texts().get(7)), v.kept(texts()));
    }

    /** An early save, a later one with more comments, then a text copy of the later one: it copies the later one. */
    @Test
    void aCopyIsMatchedAgainstTheFileThatHoldsMostOfIt() {
        CopiedComments c = new CopiedComments();
        c.judge("early.html", page("e", texts().subList(0, 5)));
        // saved again later: the five have the same ids, three more were posted since
        List<String> ids = IntStream.range(0, 8).mapToObj(i -> (i < 5 ? "e-" : "l-") + i).toList();
        CopiedComments.Verdict later = c.judge("later.html", CopiedComments.Prints.of(ids, texts()));
        assertEquals(5, later.count());
        CopiedComments.Verdict copy = c.judge("later.txt", page("t", texts()));
        assertEquals("later.html", copy.from());
        assertEquals(8, copy.count());
    }

    @Test
    void textCopiesAreReadAfterThePagesOfTheirName() {
        List<String> files = List.of("a/story.txt", "a/story-2.gold.txt", "a/story (copy).txt", "a/storyboard.txt",
                "a/zz.txt", "b/story.html", "b/story-2.html", "b/other.html");
        assertEquals(List.of("a/storyboard.txt", "a/zz.txt", "b/story.html", "b/story-2.html", "b/other.html",
                "a/story.txt", "a/story-2.gold.txt", "a/story (copy).txt"), CopiedComments.textCopiesLast(files, f -> f));
    }
}
