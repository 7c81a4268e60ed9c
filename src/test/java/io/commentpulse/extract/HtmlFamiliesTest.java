package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small page per markup family and per trap, written for these tests. */
class HtmlFamiliesTest {
    static List<Comment> extract(String html) throws Exception {
        Page page = PageDecoder.decode(Path.of("fixture.html"), html.getBytes(StandardCharsets.UTF_8), null, Frames.NONE);
        return new HtmlExtractor().extract(page, ExtractOptions.defaults()).comments();
    }

    @Test
    void wordpressThreadedHtml5() throws Exception {
        List<Comment> c = extract("""
                <html><head><title>Budget vote</title></head><body><article><p>Article body that is not a comment.</p></article>
                <div id="comments"><h2>3 thoughts on "Budget vote"</h2><ol class="comment-list">
                <li id="comment-1" class="comment depth-1"><article id="div-comment-1" class="comment-body">
                 <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anna</b> <span class="says">says:</span></div>
                 <div class="comment-metadata"><a href="#c1"><time datetime="2023-03-01T10:15:00+01:00">March 1, 2023 at 10:15 am</time></a></div></footer>
                 <div class="comment-content"><p>I worry about the cuts to schools.</p></div>
                 <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
                 <ol class="children"><li id="comment-2" class="comment depth-2"><article id="div-comment-2" class="comment-body">
                  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ben</b> <span class="says">says:</span></div>
                  <div class="comment-metadata"><time datetime="2023-03-01T11:00:00+01:00">March 1, 2023 at 11:00 am</time></div></footer>
                  <div class="comment-content"><p>Same here.</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></article></li></ol>
                </li>
                <li id="comment-3" class="pingback"><div class="comment-body">Pingback: <a href="x">Another blog</a></div></li>
                </ol><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div></body></html>""");
        assertEquals(2, c.size());
        assertEquals("Anna", c.get(0).author());
        assertEquals("I worry about the cuts to schools.", c.get(0).text());
        assertEquals("2023-03-01T10:15+01:00", c.get(0).timestamp().toString());
        assertEquals("Ben", c.get(1).author());
        assertEquals("Same here.", c.get(1).text());
        assertEquals(c.get(0).commentId(), c.get(1).replyTo());
        assertEquals("", c.get(0).replyTo());
    }

    @Test
    void bloggerClassicDefinitionList() throws Exception {
        List<Comment> c = extract("""
                <html><body><div id="comments"><h4>2 comments:</h4><dl id="comments-block">
                <dt class="comment-author" id="c1"><a>Joanne</a> said...</dt>
                <dd class="comment-body"><p>Looks hearty and delicious!</p></dd>
                <dd class="comment-footer"><span class="comment-timestamp"><a>October 29, 2012 4:52 AM</a></span></dd>
                <dt class="comment-author" id="c2"><a>Barbara</a> said...</dt>
                <dd class="comment-body"><p>A great winter soup.</p></dd>
                <dd class="comment-footer"><span class="comment-timestamp"><a>October 29, 2012 5:46 AM</a></span></dd>
                </dl></div></body></html>""");
        assertEquals(2, c.size());
        assertEquals("Joanne", c.get(0).author());
        assertEquals("Looks hearty and delicious!", c.get(0).text());
        assertEquals("2012-10-29T04:52Z", c.get(0).timestamp().toString());
        assertEquals("Barbara", c.get(1).author());
    }

    @Test
    void disqusServerFallback() throws Exception {
        List<Comment> c = extract("""
                <html><body><div id="disqus_thread"><ul id="dsq-comments">
                <li class="comment" id="dsq-comment-1"><div class="dsq-comment-header"><cite><span id="dsq-author-user-1">rightappeal</span></cite></div>
                <div class="dsq-comment-body"><div class="dsq-comment-message"><p>Starve the beast.</p></div></div></li>
                <li class="comment" id="dsq-comment-2"><div class="dsq-comment-header"><cite><span id="dsq-author-user-2">DerKrieger</span></cite></div>
                <div class="dsq-comment-body"><div class="dsq-comment-message"><p>I sent a letter.</p></div></div></li>
                </ul></div></body></html>""");
        assertEquals(List.of("rightappeal", "DerKrieger"), c.stream().map(Comment::author).toList());
        assertEquals("Starve the beast.", c.get(0).text());
    }

    @Test
    void schemaOrgJsonLdComments() throws Exception {
        List<Comment> c = extract("""
                <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Floods","datePublished":"2023-05-01T08:00:00Z","comment":[{"@type":"Comment","text":"Stay safe everyone.",
                "author":{"@type":"Person","name":"Kim"},"dateCreated":"2023-05-01T09:30:00Z"}]}</script></head>
                <body><p>Story.</p></body></html>""");
        assertEquals(1, c.size());
        assertEquals("Kim", c.get(0).author());
        assertEquals("2023-05-01T09:30Z", c.get(0).timestamp().toString());
    }

    @Test
    void trapsGiveNoComments() throws Exception {
        String[] traps = {
                // recent-comments widget
                "<html><body><p>Story</p><aside><ul id=\"recentcomments\"><li class=\"recentcomments\">David on <a href=\"/x\">Process Thinking</a></li></ul></aside></body></html>",
                // counter only
                "<html><body><p>Story</p><a class=\"comment-count\" href=\"#comments\">75 comments</a><div id=\"comments\"></div></body></html>",
                // empty container and a form
                "<html><body><div id=\"comments\" class=\"comments-area\"><div class=\"comment-list\"></div><div id=\"respond\"><h3>Leave a Reply</h3>"
                        + "<form class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published.</p><textarea name=\"comment\"></textarea></form></div></div></body></html>",
                // FAQ
                "<html><body><section class=\"faq\"><div class=\"faq-item\"><h3>Is it safe?</h3><div class=\"faq-answer\">Yes, it is safe to use.</div></div></section></body></html>",
                // related articles
                "<html><body><div class=\"related-posts\"><ul><li><a href=\"/a\">Another story about floods</a></li></ul></div></body></html>",
                // class="comment" used for opinion pieces
                "<html><body><section class=\"opinion\"><div class=\"comment\"><h3><a href=\"/opinion/why-we-must-act\">Why we must act now</a></h3>"
                        + "<p><a href=\"/authors/jo\">Jo Writer</a></p></div><div class=\"comment\"><h3><a href=\"/opinion/tax\">The tax debate</a></h3>"
                        + "<p><a href=\"/authors/al\">Al Author</a></p></div></section></body></html>",
        };
        for (String t : traps) {
            assertEquals(0, extract(t).size(), t);
        }
    }

    @Test
    void hiddenDuplicateIsIgnoredAndRepeatsAreKept() throws Exception {
        List<Comment> c = extract("""
                <html><body><ol class="commentlist">
                <li class="comment" id="comment-1"><cite class="fn">Ann</cite><div class="comment-content"><p>Great news!</p></div></li>
                <li class="comment" id="comment-2"><cite class="fn">Ann</cite><div class="comment-content"><p>Great news!</p></div></li>
                <li class="comment" id="comment-3" style="display:none"><cite class="fn">Ann</cite><div class="comment-content"><p>Hidden copy</p></div></li>
                </ol></body></html>""");
        assertEquals(2, c.size());
        assertTrue(!c.get(0).commentId().equals(c.get(1).commentId()));
    }
}
