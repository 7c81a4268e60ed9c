package io.commentpulse.cli;

import io.commentpulse.io.Csv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real page read twice in another form (the saved page and a text copy of it; the page saved before and after a
 * comment was posted): its comments count once, its new ones are kept, and --keep-copies reads every file as it is.
 */
class CopiedPagesTest {
    private static final Path PAGE = Path.of("..", "shared", "pages-dev", "dragnet-T84.html");
    private static final Path TEXT = Path.of("..", "shared", "pages-dev", "text", "dragnet-T84.txt");

    @TempDir
    Path dir;

    private static List<String> texts(Path csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (var p = Csv.parse(csv)) {
            p.forEach(r -> out.add(r.get("text")));
        }
        return out;
    }

    private static List<String> sources(Path csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (var p = Csv.parse(csv)) {
            p.forEach(r -> out.add(r.get("source_file")));
        }
        return out;
    }

    @Test
    void aPageAndItsTextCopyCountOnceAndThePageIsKept() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE) && Files.isRegularFile(TEXT), "../shared/pages-dev not present");
        // named the same, the copy in a folder read first: the page is read first all the same, so its authors and
        // times are kept
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.copy(TEXT, Files.createDirectories(pages.resolve("a")).resolve("a-story.txt"));
        Files.copy(PAGE, Files.createDirectories(pages.resolve("b")).resolve("a-story.html"));
        Path alone = dir.resolve("alone.csv");
        assertEquals(0, ExtractBadInputTest.run("extract", PAGE.toString(), "--out", alone.toString())[0]);
        Path both = dir.resolve("both.csv");
        Object[] r = ExtractBadInputTest.run("extract", pages.toString(), "--out", both.toString());
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        assertTrue(err.contains("a-story.txt: warning: ") && err.contains("were already read, as the same comments or "
                + "their texts, from " + pages.resolve("b/a-story.html") + ": a copy of it"), err);
        assertEquals(texts(alone), texts(both));
        assertTrue(sources(both).stream().allMatch(s -> s.endsWith("a-story.html")), sources(both).toString());

        Path kept = dir.resolve("kept.csv");
        assertEquals(0, ExtractBadInputTest.run("extract", pages.toString(), "--out", kept.toString(), "--keep-copies")[0]);
        assertTrue(texts(kept).size() > texts(alone).size() + 40, "both files read: " + texts(kept).size());
        assertTrue(sources(kept).get(0).endsWith("a-story.txt"), "read in their order: " + sources(kept).get(0));
    }

    @Test
    void aPageSavedAgainAddsOnlyItsNewComments() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        Path later = dir.resolve("b-later.html");
        Files.copy(PAGE, later);
        Path alone = dir.resolve("alone.csv");
        assertEquals(0, ExtractBadInputTest.run("extract", PAGE.toString(), "--out", alone.toString())[0]);
        List<String> all = texts(alone);
        // the earlier save: the same page before its last comment was posted
        Document d = Jsoup.parse(later.toFile(), "UTF-8"); // its bytes are UTF-8, whatever it declares
        String last = all.get(all.size() - 1);
        String probe = last.substring(0, Math.min(40, last.length()));
        var holder = d.getElementsContainingOwnText(probe).first();
        Assumptions.assumeTrue(holder != null, "the last comment's text is in one element");
        var comment = holder.closest("li, article, div[id]");
        comment.remove();
        Path earlier = dir.resolve("a-earlier.html");
        Files.writeString(earlier, d.outerHtml());
        Path out = dir.resolve("out.csv");
        Object[] r = ExtractBadInputTest.run("extract", earlier.toString(), later.toString(), "--out", out.toString());
        String err = (String) r[1];
        assertEquals(0, r[0], err);
        List<String> read = texts(out);
        assertEquals(all.size(), read.size(), err);
        assertEquals(last, read.get(read.size() - 1));
        assertTrue(sources(out).get(read.size() - 1).endsWith("b-later.html"));
        assertTrue(err.contains("b-later.html: warning: " + (all.size() - 1) + " of its " + all.size()
                + " comments were already read"), err);
        assertTrue(err.contains("(its 1 other kept)"), err);
    }
}
