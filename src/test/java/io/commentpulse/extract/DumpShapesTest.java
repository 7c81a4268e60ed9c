package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text-dump layouts that w3m dumps of the pages-dev pages (never used as dumps before session 12) showed the text
 * extractor missing: a numbered list whose date line comes before the name line, a box or bullet line between a name
 * and its date, an avatar's alt text above the text, Blogger's profile icon before a name, and a Joomla article
 * byline that is no comment.
 */
class DumpShapesTest {
    @Test
    void aNumberedDateLineThenTheNameLine() {
        List<Comment> c = text("""
                48 Responses to “Searching for Guinea Bissau in Midtown Manhattan”

                 1. November 12, 2012

                    Alain Chautard

                    [3f0ed3f]

                    Great story, Chris! I can relate to some of what happened to you.

                 2. November 12, 2012

                    Beth

                    [d9c297c]

                    Oh the life of an adventurer. I didn’t realize it included that much waiting.
                """);
        assertEquals(List.of("Alain Chautard", "Beth"), c.stream().map(Comment::author).toList());
        assertEquals("Oh the life of an adventurer. I didn’t realize it included that much waiting.", c.get(1).text());
    }

    @Test
    void aBoxLineBetweenTheNameAndItsDate() {
        List<Comment> c = text("""
                Discuss this Blog Post

                  • [bcbc89]

                    Ruben Turtulici

                      □\s
                    Jul 20 2012

                    This is great, but are you planning on launching it for kindle, too?

                  • [9388ec]

                    reset

                      □\s
                    Jul 20 2012

                    Yes, we want it for Kindle too!

                  • [85eb48]

                    Anna

                      □\s
                    Jul 21 2012

                    Me too.
                """);
        assertEquals(List.of("Ruben Turtulici", "reset", "Anna"), c.stream().map(Comment::author).toList());
        assertEquals("Yes, we want it for Kindle too!", c.get(1).text());
    }

    @Test
    void anAvatarsAltTextAboveTheTextIsNotTheText() {
        assertEquals(true, TextBodies.avatarLine("ReallySparky's picture", "ReallySparky"));
        assertEquals(true, TextBodies.avatarLine("Avatar of Ann", "Ann"));
        assertEquals(false, TextBodies.avatarLine("Ann, that picture is great", "Bob"));
        assertEquals(false, TextBodies.avatarLine("I took a picture of Ann's garden yesterday evening", "Ann"));
    }

    @Test
    void bloggersProfileIconIsNotPartOfTheName() {
        List<Comment> c = text("""
                Comments:

                Thanks ... this is a useful resource that probably would make a good print collection too.
                # posted by Blogger Joe : 11:58 AM

                Thank you for providing this wonderful resource.
                # posted by Blogger Matthew Frederick : 2:27 PM

                This is an extremely valuable resource.
                # posted by Mark Field : 11:56 PM
                """);
        assertEquals(List.of("Joe", "Matthew Frederick", "Mark Field"), c.stream().map(Comment::author).toList());
    }

    @Test
    void aJoomlaArticleBylineIsNoComment() {
        List<Comment> c = text("""
                Transit tax trust rejects county’s South Dade Transitway data

                Written by Miami Today on November 7, 2023

                The trust spending half-cent transit tax dollars has rejected the county’s data on the Transitway.

                Leave a Reply
                """);
        assertEquals(List.of(), c);
    }
}
