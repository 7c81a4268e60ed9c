package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session 25's text-copy rules, at the edges a helper's review found (its copies, cut short): a relative time's words
 * are no name, but a commenter may be called "Today"; a day word with its time is a date only as a byline has it,
 * never a sentence's opening; a site's long menu ends in no name, a thread's sort tabs or a few one-line comments
 * do; a byline repeated under its collapsed title bar heads its comment, two full bylines are two comments.
 */
class TimeWordsAndTitleBarsTest {
    @Test
    void commentersCalledByTimeWordsOverDayWordDates() {
        List<Comment> c = text("""
                Ask the Vet: Is My Cat Too Fat?

                Comments (4)

                Today
                Yesterday, 10:43 PM
                My cat Milo is 7 kg, the vet says he's fine?

                Hours
                Today, 8:15 AM
                Portion control helped my cat lose a kilo.

                Minutes
                Today at 9:40 AM
                Thanks for this article.

                Add a comment
                """);
        assertEquals(List.of("Today", "Hours", "Minutes"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("Yesterday, 10:43 PM", "Today, 8:15 AM", "Today at 9:40 AM"),
                c.stream().map(Comment::timestampRaw).toList());
    }

    @Test
    void aCompoundTimeIsOneTimeAndNoName() {
        List<Comment> c = text("""
                What are you reading this week?

                Comments

                jsmith 3 hours, 45 minutes ago
                Rereading Dune. Still holds up.

                kate_m 2 hours, 10 minutes ago
                The Three-Body Problem. Mind-bending.

                Dan 45 minutes ago
                Project Hail Mary, highly recommend.
                """);
        assertEquals(List.of("jsmith", "kate_m", "Dan"), c.stream().map(Comment::author).toList());
        assertEquals("3 hours, 45 minutes ago", c.get(0).timestampRaw());
    }

    @Test
    void aSentenceOpeningWithADayWordAndATimeIsText() {
        List<Comment> c = text("""
                Baustelle am Bahnhof verzögert sich

                Kommentare

                Anna K.
                Gestern, 13:05 Uhr stand ich dort 20 Minuten im Stau.

                Bernd
                Typisch, nichts wird pünktlich fertig.

                Carla
                Heute um 10:27 war es schon besser.

                Kommentar schreiben
                """);
        assertEquals(List.of("Anna K.", "Bernd", "Carla"), c.stream().map(Comment::author).toList());
        assertEquals("Heute um 10:27 war es schon besser.", c.get(2).text());
    }

    @Test
    void sortTabsAndOneLineCommentsAreNoMenu() {
        List<Comment> c = text("""
                City Plans Bike Lanes on Oak Street

                Comments

                • Newest
                • Oldest
                • Top
                • Best
                • Ann Lee
                March 3, 2023
                About time, Oak Street is dangerous for cyclists.
                • Raj Mehta
                March 3, 2023
                Where are residents supposed to park?
                """);
        assertEquals(List.of("Ann Lee", "Raj Mehta"), c.stream().map(Comment::author).toList());
    }

    @Test
    void twoFullBylinesInARowAreTwoComments() {
        // footer bylines: the second of Fritzr's has no text of its own, and Tony Swash's comment stays his
        List<Comment> c = text("""
                Google Unveils New Glass Prototype

                Comments

                Looks better than the last one.
                By Fritzr on 5/21/2013 9:01:00 AM , Rating: 2
                By Fritzr on 5/21/2013 9:03:40 AM , Rating: 1
                Nobody will wear these in public.
                By Tony Swash on 5/21/2013 9:10:12 AM , Rating: 3
                Privacy nightmare waiting to happen.
                By Argon18 on 5/21/2013 9:12:55 AM , Rating: 2

                Related Articles
                """);
        assertEquals(List.of("Fritzr", "Tony Swash", "Argon18"), c.stream().map(Comment::author).toList());
        assertEquals("Nobody will wear these in public.", c.get(1).text());
    }

    @Test
    void aBylineRepeatedUnderItsTitleBarHeadsTheTextBelow() {
        List<Comment> c = text("""
                Nexus 4 successor announced

                Comments

                Collapse Comment Deep disappointment
                By karimtemple on 5/15/13, Rating: 1
                By karimtemple on 5/15/2013 2:04:01 PM , Rating: 1
                I cannot tell you how much more I wanted a Nexus 5 than this. UGH!
                Collapse Comment RE: Deep disappointment
                By EnzoFX on 5/15/13, Rating: 4
                By EnzoFX on 5/15/2013 2:22:26 PM , Rating: 4
                His point is that it's not $300 important.
                Collapse Comment 16GB?
                By Heinrich on 5/18/13, Rating: 3
                By Heinrich on 5/18/2013 9:11:12 AM , Rating: 3
                There's no way in 2013 that a phone with only 16GB should cost that much.
                """);
        assertEquals(List.of("karimtemple", "EnzoFX", "Heinrich"), c.stream().map(Comment::author).toList());
        assertEquals("5/15/2013 2:04:01 PM", c.get(0).timestampRaw());
        assertEquals("His point is that it's not $300 important.", c.get(1).text().lines().findFirst().orElseThrow());
    }
}
