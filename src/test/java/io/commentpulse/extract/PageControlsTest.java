package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A "comment" made only of page controls ("Add New Comment", "Share / Email") is no reader's comment. */
class PageControlsTest {

    @Test
    void textsOfOnlyControlsAreRecognisedInFourLanguages() {
        for (String s : List.of("Add New Comment", "share\nemail", "Tweet", "Antworten", "Kommentar melden",
                "Répondre · Signaler", "Responder | Compartir")) {
            assertTrue(CommentFields.onlyControls(s), s);
        }
        for (String s : List.of("Like it!", "Great post, thanks.", "Share this with everyone you know", "Danke!",
                "Merci", "", "12")) {
            assertFalse(CommentFields.onlyControls(s), s);
        }
    }

    @Test
    void aCommentListWhoseOnlyItemIsAControlGivesNoComment() {
        String html = "<html><head><title>T</title></head><body><article><h1>Post</h1><p>The article text.</p>"
                + "</article><div class='comments'><div class='comment'><a href='#respond'>Add New Comment</a></div>"
                + "</div></body></html>";
        Page page = new Page(Path.of("t.html"), html, true, "hash");
        ExtractOptions o = new ExtractOptions(ZoneOffset.UTC, ExtractOptions.DEFAULT_MAX_BYTES, Detection.NAMED_FIRST);
        assertEquals(List.of(), new HtmlExtractor().extract(page, o).comments());
        String real = html.replace("<a href='#respond'>Add New Comment</a>", "<p>Add this to the list, please.</p>");
        assertEquals(1, new HtmlExtractor().extract(new Page(Path.of("t.html"), real, true, "hash"), o).comments().size());
    }
}
