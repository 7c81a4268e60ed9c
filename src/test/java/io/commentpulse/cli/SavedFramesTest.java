package io.commentpulse.cli;

import io.commentpulse.extract.ChromiumMhtml;
import io.commentpulse.extract.Comment;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page whose comments live in a frame (a Disqus or Facebook widget), saved with it: as "Webpage, Complete" (the
 * frame's document in the page's {@code _files} folder) or as MHTML (the frame a part of the archive). Built from a real
 * pages-dev page by moving its comment section into a frame document, as the widget's frame holds it; the MHTML is
 * written by a real headless Chromium from that save.
 */
class SavedFramesTest {
    private static final Path PAGE = Path.of("..", "shared", "pages-dev", "dragnet-102.html");
    private static final Path NO_COMMENTS = Path.of("..", "shared", "pages-dev", "dragnet-R361.html");

    @TempDir
    Path dir;

    /** The page with its comment section in a frame, the way a browser's "Webpage, Complete" lays it out. */
    private Path completeSave() throws Exception {
        return completeSave(dir, "An article", "_files");
    }

    /**
     * As above, the page named {@code name} and its files in the folder named by {@code suffix} ("-Dateien": a German
     * Windows browser's save).
     */
    private static Path completeSave(Path dir, String name, String suffix) throws Exception {
        Document page = Jsoup.parse(Files.readString(PAGE, StandardCharsets.UTF_8));
        Element comments = page.selectFirst("#comments");
        String folder = name + suffix;
        String src = java.net.URLEncoder.encode(folder, StandardCharsets.UTF_8).replace("+", "%20");
        Path files = Files.createDirectories(dir.resolve(folder));
        Files.writeString(files.resolve("saved_resource.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Comments</title></head><body>" + comments.outerHtml() + "</body></html>");
        // an unrelated frame (a real page without comments) beside it, as an ad or a video player is saved
        Files.copy(NO_COMMENTS, files.resolve("saved_resource(1).html"));
        comments.replaceWith(new Element("iframe").attr("src", src + "/saved_resource.html"));
        page.body().appendChild(new Element("iframe").attr("src", src + "/saved_resource(1).html"));
        page.body().appendChild(new Element("iframe").attr("src", "https://ads.example.com/unsaved.html"));
        Path saved = dir.resolve(name + ".html");
        Files.writeString(saved, page.outerHtml(), StandardCharsets.UTF_8);
        return saved;
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static void assertSameComments(List<Comment> expected, List<CSVRecord> got, Path page) {
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).author(), got.get(i).get("author"));
            assertEquals(expected.get(i).text(), got.get(i).get("text"));
            assertEquals(page.toString(), got.get(i).get("source_file"));
        }
    }

    @Test
    void commentsInASavedFrameAreThePagesOwnAndTheFrameIsNoPageOfItsOwn() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        List<Comment> expected = new Extractor(ExtractOptions.defaults()).extract(PAGE).comments();
        assertTrue(expected.size() >= 10, "the page's own comments: " + expected.size());
        Path saved = completeSave();

        Object[] r = ExtractBadInputTest.run("extract", dir.toString(), "--out", dir.resolve("out.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("1 pages read"), (String) r[1]);   // the frames' files are no pages
        List<CSVRecord> got = rows(dir.resolve("out.csv"));
        assertSameComments(expected, got, saved);
        String title = new Extractor(ExtractOptions.defaults()).extract(PAGE).article().title();
        got.forEach(row -> assertEquals(title, row.get("article_title")));

        // the page named alone reads its frames too
        r = ExtractBadInputTest.run("extract", saved.toString(), "--out", dir.resolve("one.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertSameComments(expected, rows(dir.resolve("one.csv")), saved);
    }

    /**
     * Internet Explorer, Edge and Office on a German, French or Spanish Windows name the folder in its language
     * ("-Dateien", "_fichiers", "_archivos"): it is read as the page's own, and its files are no pages of their own.
     */
    @Test
    void aSavedFolderNamedInWindowsLanguageIsThePagesOwn() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        List<Comment> expected = new Extractor(ExtractOptions.defaults()).extract(PAGE).comments();
        for (String suffix : new String[]{"-Dateien", "_fichiers", "_archivos", ".files"}) {
            Path save = Files.createDirectories(dir.resolve("save" + suffix));
            Path saved = completeSave(save, suffix.equals("_archivos") ? "Un artículo" : "An article", suffix);
            Object[] r = ExtractBadInputTest.run("extract", save.toString(), "--out", dir.resolve(suffix + ".csv").toString(),
                    "--no-progress");
            assertEquals(0, r[0], (String) r[1]);
            assertTrue(((String) r[1]).contains("1 pages read"), suffix + ": " + r[1]);
            assertSameComments(expected, rows(dir.resolve(suffix + ".csv")), saved);
        }
        // a folder named so beside no page of that name (in that case) is an ordinary folder: its pages are read
        Files.copy(NO_COMMENTS, Files.createDirectories(dir.resolve("other")).resolve("notes.html"));
        Path other = Files.createDirectories(dir.resolve("other").resolve("Notes-Dateien"));
        Files.copy(PAGE, other.resolve("kept.html"));
        Object[] r = ExtractBadInputTest.run("extract", dir.resolve("other").toString(), "--out",
                dir.resolve("other.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(expected.size(), rows(dir.resolve("other.csv")).size());
        // and a folder above the one named is the user's choice: "site_files/" beside "site.html" is read when named
        Path above = Files.createDirectories(dir.resolve("up").resolve("site_files"));
        Files.copy(NO_COMMENTS, dir.resolve("up").resolve("site.html"));
        Files.copy(PAGE, above.resolve("kept.html"));
        r = ExtractBadInputTest.run("extract", above.toString(), "--out", dir.resolve("above.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(expected.size(), rows(dir.resolve("above.csv")).size());
    }

    @Test
    void commentsInAFrameOfAnMhtmlArchiveAreThePagesOwn() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        Assumptions.assumeTrue(ChromiumMhtml.installed(), "chromium not installed");
        List<Comment> expected = new Extractor(ExtractOptions.defaults()).extract(PAGE).comments();
        Path saved = completeSave();
        String archive = ChromiumMhtml.archiveOf(saved);
        assertTrue(archive.contains("src=3D\"cid:frame-"), "Chromium refers to the frame by its part");
        Path mhtml = Files.writeString(Files.createDirectories(dir.resolve("single")).resolve("An article.mhtml"), archive);

        Object[] r = ExtractBadInputTest.run("extract", mhtml.toString(), "--out", dir.resolve("m.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertSameComments(expected, rows(dir.resolve("m.csv")), mhtml);
    }

    /**
     * Only the page's own "_files" folder is read: a sibling page an iframe names stays a page of its own (its comments
     * are not read twice), a link out of the folder is not followed, and a page of hundreds of frames, each of
     * hundreds more, reads its first frames and goes on.
     */
    @Test
    void onlyThePagesOwnSavedFolderIsReadAndWithinBounds() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(PAGE, outside.resolve("private.html"));
        Path files = Files.createDirectories(dir.resolve("site").resolve("index_files"));
        Files.createSymbolicLink(files.resolve("link.html"), outside.resolve("private.html"));
        Files.copy(PAGE, dir.resolve("site").resolve("sibling.html"));
        Files.writeString(files.resolve("bomb.html"), "<html><body>" + "<iframe src=\"bomb.html\"></iframe>".repeat(200)
                + "</body></html>");
        Document index = Jsoup.parse(Files.readString(NO_COMMENTS, StandardCharsets.UTF_8));
        index.body().append("<iframe src=\"sibling.html\"></iframe><iframe src=\"index_files/link.html\"></iframe>"
                + "<iframe src=\"index_files/../../elsewhere/private.html\"></iframe>"
                + "<iframe src=\"index_files/bomb.html\"></iframe>".repeat(200));
        Files.writeString(dir.resolve("site").resolve("index.html"), index.outerHtml());

        long start = System.nanoTime();
        Object[] r = ExtractBadInputTest.run("extract", dir.resolve("site").toString(), "--out", dir.resolve("s.csv").toString(),
                "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "a page of frames in frames is read within bounds");
        List<CSVRecord> got = rows(dir.resolve("s.csv"));
        int expected = new Extractor(ExtractOptions.defaults()).extract(PAGE).comments().size();
        assertEquals(expected, got.size(), "the sibling page's comments, once, under its own name");
        got.forEach(row -> assertTrue(row.get("source_file").endsWith("sibling.html"), row.get("source_file")));
    }
}
