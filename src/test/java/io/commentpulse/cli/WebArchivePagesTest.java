package io.commentpulse.cli;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
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
 * Pages saved by Safari as a Web Archive. No Safari runs here, so the archives are written with dd-plist in the layout
 * WebKit's LegacyWebArchive writes (a binary property list: WebMainResource with WebResourceData, -MIMEType,
 * -TextEncodingName, -URL and -FrameName; WebSubframeArchives, one archive per frame, named by its address), around a
 * real pages-dev page (dragnet-102, 13 comments) whose comment section is put in a frame, as a widget holds it.
 */
class WebArchivePagesTest {
    private static final Path PAGE = Path.of("..", "shared", "pages-dev", "dragnet-102.html");

    @TempDir
    Path dir;

    private static NSDictionary resource(String html, String mime, String url, String frameName) {
        NSDictionary r = new NSDictionary();
        r.put("WebResourceData", new NSData(html.getBytes(StandardCharsets.UTF_8)));
        r.put("WebResourceMIMEType", mime);
        r.put("WebResourceTextEncodingName", "UTF-8");
        r.put("WebResourceURL", url);
        r.put("WebResourceFrameName", frameName);
        return r;
    }

    private static NSDictionary archive(NSDictionary main, NSDictionary... frames) {
        NSDictionary a = new NSDictionary();
        a.put("WebMainResource", main);
        if (frames.length > 0) {
            a.put("WebSubframeArchives", new NSArray(frames));
        }
        return a;
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void aSafariWebArchiveIsReadAsItsPageWithItsFrames() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        PageResultView expected = PageResultView.of(new Extractor(ExtractOptions.defaults()).extract(PAGE).comments());
        Document page = Jsoup.parse(Files.readString(PAGE, StandardCharsets.UTF_8));
        Element comments = page.selectFirst("#comments");
        String frame = "<!DOCTYPE html><html><head><title>Comments</title></head><body>" + comments.outerHtml() + "</body></html>";
        comments.replaceWith(new Element("iframe").attr("src", "widget/comments.html"));
        NSDictionary saved = archive(resource(page.outerHtml(), "text/html", "http://127.0.0.1:8091/2012/article.html", ""),
                archive(resource(frame, "text/html", "http://127.0.0.1:8091/2012/widget/comments.html", "<!--frame1-->")),
                archive(resource("GIF89a", "image/gif", "http://127.0.0.1:8091/ad.gif", "<!--frame2-->")));
        Path pages = Files.createDirectories(dir.resolve("pages"));
        BinaryPropertyListWriter.write(pages.resolve("An article.webarchive").toFile(), saved);
        Files.writeString(pages.resolve("As XML.webarchive"), saved.toXMLPropertyList());

        Object[] r = ExtractBadInputTest.run("extract", pages.toString(), "--out", dir.resolve("out.csv").toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("2 pages read"), (String) r[1]);
        List<CSVRecord> got = rows(dir.resolve("out.csv"));
        // the binary and the XML archive are one page saved twice: read alike, so its comments are counted once
        int n = expected.authors().size();
        assertEquals(n, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals(expected.authors().get(i), got.get(i).get("author"));
            assertEquals(expected.texts().get(i), got.get(i).get("text"));
        }
        assertTrue(((String) r[1]).contains("As XML.webarchive: warning: " + n + " of its " + n
                + " comments were already read from another file"), (String) r[1]);
        assertTrue(got.get(0).get("source_file").endsWith("An article.webarchive"));
        assertEquals(page.title(), got.get(0).get("article_title"));
    }

    @Test
    void aWebArchiveOfSomethingElseIsNamedAndTheRestRead() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        BinaryPropertyListWriter.write(pages.resolve("a picture.webarchive").toFile(),
                archive(resource("PNG", "image/png", "https://example.org/p.png", "")));
        Files.writeString(pages.resolve("b.html"), ExtractBadInputTest.GOOD);
        Object[] r = ExtractBadInputTest.run("extract", pages.toString(), "--out", dir.resolve("out.csv").toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("a picture.webarchive: a Web Archive of image/png, not of an HTML page"), (String) r[1]);
        assertEquals(1, rows(dir.resolve("out.csv")).size());
    }

    /** A property list nested deeper than the parser goes is one bad file, named; the run goes on. */
    @Test
    void aWebArchiveNestedTooDeepIsNamedAndTheRestRead() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("deep.webarchive"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">"
                + "<dict><key>WebMainResource</key>" + "<array>".repeat(200_000) + "</array>".repeat(200_000) + "</dict></plist>");
        Files.writeString(pages.resolve("b.html"), ExtractBadInputTest.GOOD);
        Object[] r = ExtractBadInputTest.run("extract", pages.toString(), "--out", dir.resolve("out.csv").toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("deep.webarchive: "), (String) r[1]);
        assertEquals(1, rows(dir.resolve("out.csv")).size());
    }

    /** The comments' authors and texts, in order. */
    private record PageResultView(List<String> authors, List<String> texts) {
        static PageResultView of(List<Comment> c) {
            return new PageResultView(c.stream().map(Comment::author).toList(), c.stream().map(Comment::text).toList());
        }
    }
}
