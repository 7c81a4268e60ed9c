package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages saved as one MHTML file: the archive's page is read as the page itself. The shapes of the format (Blink's
 * archive, Internet Explorer's .mht with a charset on the part, a text that only looks like mail headers) are checked
 * on small archives; the reader itself on real pages saved by a real Chromium (pages-dev, skipped without ../shared
 * or chromium), which must give the comments their HTML gives.
 */
class MhtmlPagesTest {
    private static final String BLINK = """
            From: <Saved by Blink>\r
            Snapshot-Content-Location: https://news.example/2024/05/bridge\r
            Subject: =?utf-8?Q?Bridge=20reopens?=\r
            Date: Thu, 2 May 2024 12:00:00 -0000\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related;\r
            \ttype="text/html";\r
            \tboundary="----MultipartBoundary--abc----"\r
            \r
            \r
            ------MultipartBoundary--abc----\r
            Content-Type: text/html\r
            Content-ID: <frame-1@mhtml.blink>\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Location: https://news.example/2024/05/bridge\r
            \r
            <html><head><meta charset=3D"utf-8"><title>Bridge</title></head><body><h1>B=\r
            ridge reopens</h1><h3>2 Comments</h3><ol><li><b>Ann</b> <span>2 hours ago</sp=\r
            an><p>The caf=C3=A9 by the bridge will be glad of it.</p></li><li><b>Bob</b> =\r
            <span>1 hour ago</span><p>Took them long enough, I must say.</p></li></ol></b=\r
            ody></html>\r
            ------MultipartBoundary--abc----\r
            Content-Type: image/png\r
            Content-Transfer-Encoding: base64\r
            Content-Location: https://news.example/logo.png\r
            \r
            iVBORw0KGgo=\r
            ------MultipartBoundary--abc----\r
            Content-Type: text/html\r
            Content-Transfer-Encoding: quoted-printable\r
            Content-Location: https://ads.example/frame\r
            \r
            <html><body><ol><li><b>Ad</b> <span>1 hour ago</span><p>Buy now, a frame's text.</p></li></ol></body></html>\r
            ------MultipartBoundary--abc------\r
            """;

    @Test
    void blinksArchiveIsItsFirstHtmlPartWithItsAddressAndSavedTime(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bridge.mhtml");
        Files.writeString(f, BLINK, StandardCharsets.US_ASCII);
        Page page = PageDecoder.read(f, ExtractOptions.defaults());
        assertTrue(page.html());
        assertTrue(page.text().contains("The café by the bridge"), "quoted-printable UTF-8, soft line breaks joined");
        assertFalse(page.text().contains("Buy now"), "a later frame's part is not the page");
        assertEquals("https://news.example/2024/05/bridge", page.savedFrom());
        assertEquals("2024-05-02T12:00Z", SavedTime.of(page).orElseThrow().time().toString());
        List<Comment> comments = new Extractor(ExtractOptions.defaults()).extract(f).comments();
        assertEquals(List.of("Ann", "Bob"), comments.stream().map(Comment::author).toList());
        assertEquals("2024-05-02T10:00Z", comments.get(0).timestamp().toString(),
                "\"2 hours ago\" counts back from the archive's Date header");
    }

    @Test
    void internetExplorersMhtNamesItsCharsetOnThePart(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.mht");
        Files.writeString(f, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_000\"\r\n\r\n"
                + "------=_NextPart_000\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>Caf=E9 cr=E8me</p></body></html>\r\n"
                + "------=_NextPart_000--\r\n", StandardCharsets.US_ASCII);
        Page page = PageDecoder.read(f, ExtractOptions.defaults());
        assertTrue(page.text().contains("Café crème"), page.text());
        assertTrue(PageSource.isPageName(f), ".mht is walked in folders");
    }

    @Test
    void aTextThatOnlyLooksLikeHeadersIsNoArchive(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("copy.txt");
        Files.writeString(f, "From: Ann\nSubject: the bridge\n\nAnn wrote: it reopens today.\n");
        assertFalse(PageDecoder.read(f, ExtractOptions.defaults()).html());
        Path images = dir.resolve("images.mhtml");
        Files.writeString(images, "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n");
        BadPageException e = assertThrows(BadPageException.class, () -> PageDecoder.read(images, ExtractOptions.defaults()));
        assertTrue(e.getMessage().contains("no HTML page"), e.getMessage());
    }

    /**
     * Every pages-dev page saved by headless Chromium as its menu's "Webpage, Single File" would: the same comments
     * as from the page (Chromium writes every link absolute, so a comment's "#" controls become the page's own address
     * plus "#": they must stay controls, or the Kinja page loses two replies as link-heavy teasers).
     */
    @Test
    void realPagesSavedByChromiumGiveTheCommentsTheirHtmlGives() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GeneralizationTest.DEV), "../shared/pages-dev not present");
        Assumptions.assumeTrue(ChromiumMhtml.installed(), "chromium not installed");
        List<Path> sidecars = ExtractionEvaluator.sidecars(GeneralizationTest.DEV).stream()
                .filter(p -> Files.isRegularFile(Path.of(p.toString().replace(".expected.json", ".html")))).toList();
        ExtractionEvaluator.Summary html = new ExtractionEvaluator(new Extractor(ExtractOptions.defaults()), null)
                .evaluate(sidecars);
        ExtractionEvaluator.Summary mhtml = new ExtractionEvaluator(new Extractor(new ExtractOptions(ZoneOffset.UTC,
                ExtractOptions.DEFAULT_MAX_BYTES, Detection.NAMED_FIRST), new ChromiumMhtml()), null).evaluate(sidecars);
        Map<String, ExtractionEvaluator.PageScore> asHtml = html.pages().stream()
                .collect(Collectors.toMap(ExtractionEvaluator.PageScore::page, Function.identity()));
        int lost = 0;
        for (ExtractionEvaluator.PageScore p : mhtml.pages()) {
            assertEquals("", p.error(), p.page());
            lost += Math.max(0, asHtml.get(p.page()).matched() - p.matched());
        }
        assertTrue(lost <= 2, lost + " comments found in the HTML but not in its MHTML");
        assertEquals(0, mhtml.falseOnNegatives());
        assertTrue(mhtml.f1() >= html.f1() - 0.002, "MHTML F1 " + mhtml.f1() + " against HTML " + html.f1());
        ExtractionEvaluator.PageScore kinja = mhtml.pages().stream()
                .filter(p -> p.page().startsWith("readability-lifehacker-post-comment-load")).findFirst().orElseThrow();
        assertEquals(kinja.expected(), kinja.matched(), "the Kinja page's replies under absolute '#' links");
    }
}
