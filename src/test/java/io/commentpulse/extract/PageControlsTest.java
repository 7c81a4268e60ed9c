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
            assertTrue(CommentChrome.onlyControls(s), s);
        }
        for (String s : List.of("Like it!", "Great post, thanks.", "Share this with everyone you know", "Danke!",
                "Merci", "", "12")) {
            assertFalse(CommentChrome.onlyControls(s), s);
        }
    }

    @Test
    void toolbarsSubjectLinesSignInPromptsAndMenusAreNoReadersWords() {
        // an article's toolbar, the font glyph glued to its label as the page's markup gives it
        assertTrue(CommentChrome.onlyControls("comments\nShare More\nEmail this article\nSave this article\nAReduce font size"));
        assertFalse(CommentChrome.onlyControls("Save this article for my son, he will love it"));
        assertFalse(CommentChrome.onlyControls("This."));
        assertFalse(CommentChrome.onlyControls("Share this article"));
        // a reply's subject line naming a comment of the page by its opening words is that reply's title bar
        List<String> page = List.of("Deep disappointment I cannot tell you how much more I wanted a Nexus 5",
                "RE: Deep disappointment", "AW: Frage zum Update", "Frage zum Update: geht das auch offline?");
        assertTrue(CommentChrome.titleBar("RE: Deep disappointment", page));
        assertTrue(CommentChrome.titleBar("AW: Frage zum Update", page));
        assertFalse(CommentChrome.titleBar("Re: what a collapse", page));   // a reader's one-line reply
        assertFalse(CommentChrome.titleBar("RE: Deep disappointment\nI think it's fine.", page));
        assertFalse(CommentChrome.titleBar("Re-elect nobody: that's my motto", page));
        assertTrue(CommentChrome.signInPrompt("close\nTo leave a comment,\nyou'll need to sign into MLB.com:\nClick the button below to continue."));
        assertFalse(CommentChrome.signInPrompt("To post a comment here you will now have to log in with Facebook. No thanks, I'm done."));
        assertFalse(CommentChrome.signInPrompt("I had to register to leave a comment here and the page lost my first one. Anyway, "
                + "the mayor is wrong about the budget, and everybody on this street knows it because the potholes are back."));
        // the site's terms for its comments, addressed to the reader (rawstory.com's comment box), in four languages
        assertTrue(CommentChrome.termsNotice("By commenting, you agree to our terms of service and to abide by our commenting "
                + "policy.\nRead Comments - Join the Discussion"));
        assertTrue(CommentChrome.termsNotice("Mit dem Absenden Ihres Kommentars akzeptieren Sie unsere Netiquette."));
        assertTrue(CommentChrome.termsNotice("En publiant un commentaire, vous acceptez notre charte de modération."));
        assertTrue(CommentChrome.termsNotice("Al comentar aceptas nuestras normas de participación."));
        assertFalse(CommentChrome.termsNotice("Would you agree that it's time for you to write a novel - you write so well"));
        assertFalse(CommentChrome.termsNotice("By posting this you agree with the mayor? He broke every promise on housing."));
        // readers addressing the outlet, and a third person, are readers (review of session 46)
        assertFalse(CommentChrome.termsNotice("By posting this clickbait, you acknowledge you care more about ad revenue."));
        assertFalse(CommentChrome.termsNotice("En publiant cet article, vous acceptez de relayer la propagande."));
        assertFalse(CommentChrome.termsNotice("Al publicar esta noticia el periódico acepta el relato oficial sin cuestionarlo."));
        assertFalse(CommentChrome.termsNotice("Mit der Nutzung von Kohle akzeptieren sie die Folgen für das Klima und die Regeln."));
        assertTrue(TextListings.menu("Share this page\n• Delicious • Digg • Facebook • reddit • StumbleUpon • Twitter • Email • Print"));
        assertTrue(TextListings.menu("From other news sites\n• Guardian.co.uk Huawei faces review 10 hrs ago\n• Wired.co.uk UK to probe"
                + " Huawei 1 hr ago\n• BBC Huawei boss speaks\n• Reuters Huawei denies spying claims 2 hrs ago"));
        assertFalse(TextListings.menu("Best burgers in town\n• Joe's on Fifth\n• Bun Shop\n• Ray's Grill"));
        // a reader's list: under their own words, or with their paragraph after it, or only their comment's controls
        assertFalse(TextListings.menu("My conference finals:\n• Heat\n• Pacers\n• Spurs\n• Grizzlies"));
        assertFalse(TextListings.menu("Things to bring:\n• water\n• a hat\n• sunscreen\n• snacks\nHonestly the heat out there "
                + "last weekend was brutal and we ran out of water by noon."));
        assertFalse(TextListings.menu("Pacers\n• Reply\n• Share ›\n◦ Twitter\n◦ Facebook\n◦ Email"));
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
