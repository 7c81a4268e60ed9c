package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layouts of plain-text copies made by lynx, which the text reader (developed on w3m's) missed when lynx copies of the
 * annotated pool pages were first read (session 15): each depth of a nested thread marked by its own character, an
 * avatar's alt text as a line of words above every comment, and the verb between a name and its date; and elinks'
 * no-break spaces. Excerpts of
 * those real copies; the w3m excerpt shows that text opening with a mark's character stays text.
 */
class BrowserLayoutsTest {
    @Test
    void eachDepthOfANestedThreadHasItsOwnMark() {
        List<Comment> c = text("""
                Comments
                    4. Owen
                       Posted October 28, 2012 at 10:46 pm | Permalink
                       Took a look at the larger versions on Flickr. Definitely seems like a tack sharp lens.
                       Any sharpness comparison with the f/2.8 is going to be splitting hairs. They’re both
                       going to be ridiculously sharp in the hands of a competent photographer.
                       What really sells me on the f/4 is weight, price and VRIII.
                       Reply
                          + Camaleont
                            Posted October 28, 2012 at 10:56 pm | Permalink
                            Any Nikon link to see the explanation and differences of the VR1, 2, 3?
                            If we ask Nikon support they just say “It is better” :-(
                            Reply
                               o Adam
                                 Posted October 28, 2012 at 11:42 pm | Permalink
                                 Basically each VR just means improvements by 1 stop, if I’m not mistaken VR3
                                 is 5 stops?
                                 Reply
                                    # Camaleont
                                      Posted October 29, 2012 at 11:39 am | Permalink
                                      Yes, VRIII is 5 f/stop, you might be right, thank you!
                                      Look forward for VRVIII then :-)
                                      Reply
                """);
        assertEquals(List.of("Owen", "Camaleont", "Adam", "Camaleont"), c.stream().map(Comment::author).toList());
        assertEquals("Yes, VRIII is 5 f/stop, you might be right, thank you! Look forward for VRVIII then :-)",
                c.get(3).text());
    }

    /** elinks (and a copy from a browser) keeps the no-break spaces around a list's numbers: "\u00a01.\u00a0Camaleont". */
    @Test
    void noBreakSpacesAreSpaces() {
        List<Comment> c = text("""
                  46 Comments

                   \u00a01.\u00a0Camaleont
                       Posted October 28, 2012 at 10:31 pm | Permalink

                       These pics look good.
                       I will be curious to see a comparison with the 70-200 f/2.8.

                       Reply

                   \u00a02.\u00a0Owen
                       Posted October 28, 2012 at 10:46 pm | Permalink

                       Took a look at the larger versions on Flickr. Definitely seems like a tack sharp lens.

                       Reply
                """);
        assertEquals(List.of("Camaleont", "Owen"), c.stream().map(Comment::author).toList());
        assertEquals("These pics look good. I will be curious to see a comparison with the 70-200 f/2.8.", c.get(0).text());
    }

    @Test
    void anAltTextAboveEveryCommentIsNoPartOfIt() {
        List<Comment> c = text("""
                111 Responses to “My New Project”

                     * 1
                       Marrije Says:
                       November 7th, 2012 at 9:42 pm
                       Gravatar image
                       Aaah, congratulations… What a beautiful little baby.
                     * 2
                       kunlei Says:
                       November 7th, 2012 at 9:43 pm
                       Gravatar image
                       Congratulations!
                     * 3
                       Jeff Says:
                       November 7th, 2012 at 9:50 pm
                       Gravatar image
                       Congratulations!!
                     * 4
                """);
        assertEquals(List.of("Marrije", "kunlei", "Jeff"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("Aaah, congratulations… What a beautiful little baby.", "Congratulations!",
                "Congratulations!!"), c.stream().map(Comment::text).toList());
    }

    @Test
    void theVerbBetweenANameAndItsDateIsNoPartOfTheName() {
        List<Comment> c = text("""
                Comments (186)

                          + betsyyoung Posted on August 9, 2012 at 2:24pm
                            There is no personal accountability with these boobs (pun intended)!!!
                            Report Post » betsyyoung
                     * Blitz Posted on August 9, 2012 at 11:38am
                       The total hypocritical left is nothing new but what is amazing that it still befuddles
                       me. I guess I’ll never understand the mental gymnastics they play to arrive at a
                       conclusion that fits their needs.
                       Report Post » Log in to ReplyReply
                          + DesdemonasCrew Posted on August 9, 2012 at 12:05pm
                            That‘s because they don’t “arrive” at a conclusion. They start there. That way
                            there is no need for thinking, logic, or reason. Works every time.
                            Report Post » DesdemonasCrew
                """);
        assertEquals(List.of("betsyyoung", "Blitz", "DesdemonasCrew"), c.stream().map(Comment::author).toList());
        assertTrue(c.get(1).text().startsWith("The total hypocritical left"), c.get(1).text());
    }

    @Test
    void aParagraphOpeningWithAMarkCharacterStaysText() {
        List<Comment> c = text("""
                 5. August 9th, 2012 at 8:45 am

                    USairelite said,

                    I don’t know why and many will disagree, but my favorite city destination is Los Angeles.

                 6. August 9th, 2012 at 8:45 am

                    Serendipity said,

                    I have been to Hong Kong. I agree with you completely.

                 7. August 9th, 2012 at 8:48 am

                    lucky said,

                    @ USairelite — I’m a huge fan of LA too. Definitely top 10 for me.

                    @ Serendipity — Sad I never get to fly to Kai Tak. :(

                 8. August 9th, 2012 at 8:50 am

                    jimbo said,

                    Off topic: Stunning photos – did you take them yourself?
                """);
        assertEquals("lucky", c.get(2).author());
        assertEquals("@ USairelite — I’m a huge fan of LA too. Definitely top 10 for me.\n"
                + "@ Serendipity — Sad I never get to fly to Kai Tak. :(", c.get(2).text());
    }

    /**
     * Chromium's copy (innerText) of a real page without comments: a sidebar's "Comments" tab among other tabs, then
     * lists of titles one to a line, no bullets. Each reads as a name over a text; none is a comment.
     */
    @Test
    void aBrowsersCopyOfSidebarListsHasNoComments() {
        assertEquals(List.of(), text("""
                Recent content
                Posts
                Comments
                Tweets
                What Are The Most Popular Innovation Tools? Here Are The Results From Idea Couture's Recent Survey (Part 1 of 3).
                Riding the Wave of Diversity report from Symphony IRI
                An Interview with Diana Oreck of Ritz-Carlton
                Persuade with Pictures
                How Lady Gaga uses social data to personalise gigs
                Level 5 Relevance
                What Does It Take To Be a Leader and for Leadership To Show Up? (Part III)
                Customer Experience Lessons from Peripheral Sparring
                Newsweek's 2012 Green Rankings: This Time It's Serious
                How I’d Spend $1.5 Billion To Sell Windows 8
                Being Right Means Knowing When You're Not Right Anymore
                What Does It Take To Be a Leader and for Leadership To Show Up? (Part II – Authenticity)
                I think that hiring happy...
                by Paulina Johnson on Hire Happy People!
                Strange comment (Peter, above...
                by Guy on Social Business Planning: Aligning Internal with External
                Brian: I was at Postal Buddy...
                by ST on In Search of Postal Buddy - the Power of the Negative Story
                if you're a company and using...
                by Peter on Social Business Planning: Aligning Internal with External
                Facebook is indeed an...
                by An Escapee of Facebook on Are You Suffering from Facebook Addiction Disorder (FAD)?
                Ben, I concur entirely!...
                by BritInNJ on The Era of Conspicuous Web Consumption
                Now the great thing is that J...
                by cheap custom stickers on Crowdsourcing Harry Potter?
                It can take a lot of time to...
                by Harri Jussila on 8 Tools for Online Reputation Management (ORM)
                I think all companies should...
                by Harri Jussila on IBM Service Management Serious Game

                """));
    }

    /** Chromium's copy of a Blogger thread: the date with a two-digit year glued to the name ("McGettigan10/28/12"). */
    @Test
    void aNumericDateGluedToTheName() {
        List<Comment> c = text("""
                10 comments:
                Dr. Joan McGettigan10/28/12 5:33 PM

                On one hand it feels as thought there has been more disruption in the last five years than the previous two decades yet I feel like we really haven't moved forward. It feels like a massive game of Mother, May I? Perhaps it is the factor of so much more information out there--I think Paulo Blikstein is right and we need to be surgical, cut out a lot of what we don't need to teach and focus on what we really, really need to teach. We cannot keep adding because the sheer weight is holding back a lot of forward movement. I don't think those Google folks packed more than just the right tools for their exploration :)

                ReplyDelete
                Replies
                Brandt Schneider10/28/12 5:41 PM

                Who decides what we really, really need to teach? The teacher part of me says I should. The citizen part of me says the community should.

                Delete
                Karl Fisch10/28/12 6:13 PM

                Brandt - I have the exact same struggle, but I'd add a third one - the student should decide what they learn.

                Delete
                Brandt Schneider10/28/12 6:30 PM

                I know, but "should" vs. "will" is what is essentially the struggle? When we write objectives we say "The student will".

                If school's primary objective is to create citizens I wonder which would be more important (should or will).

                I'm also not sure how the student idea transform to other learning organizations. Do i want my doctor to decide what she wants to learn in medical school and create her own path? Do i want my soldier to create their own learning journey at basic training?

                Just thinking out loud.
                """);
        assertEquals(List.of("Dr. Joan McGettigan", "Brandt Schneider", "Karl Fisch", "Brandt Schneider"),
                c.stream().map(Comment::author).toList());
        assertEquals("10/28/12 5:33 PM", c.get(0).timestampRaw());
    }

    /**
     * A pool page's thread ("date / Name says:" under a "Comments (15)" heading), in Chromium's copy and as a French
     * site shows it: the heading is not the first commenter, and "Andrea dit :" is Andrea (not "Andre" who "a dit").
     */
    @Test
    void aDateThenSlashThenNameUnderTheHeadingAndANameEndingInTheFrenchVerbsA() {
        String english = """
                Tweet
                « Previous Post | Next post »
                Comments (15)
                17. Jul, 2012 / Suchitra says:

                aren’t u glad u did not marry someone like joey from “friends”?….joey does not share food!!!

                [Reply]

                17. Jul, 2012 / Andrea says:

                Oh sprinkles, when I lived in Germany I ate those Dutch chocolate sprinkles every morning! It grosses me out now, but I would have buttered white bread with chocolate sprinkles smashed onto them almost everyday, along with the family I lived with at the time.

                [Reply]

                17. Jul, 2012 / Debra says:

                I am 100% the same way. If there is a free topping it is always sprinkles. I dont know if I ever would have tried chocolate sprinkles.

                [Reply]
                """;
        List<Comment> en = text(english);
        assertEquals(List.of("Suchitra", "Andrea", "Debra"), en.stream().map(Comment::author).toList());
        String french = english.replace("Comments (15)", "Commentaires15").replace("17. Jul, 2012", "17 juillet 2012")
                .replace(" says:", " dit :").replace("[Reply]", "[Répondre]");
        assertEquals(List.of("Suchitra", "Andrea", "Debra"), text(french).stream().map(Comment::author).toList());
        assertEquals("Andrea", AuthorNames.cleanAuthor("Andrea dit :"), "the HTML path's author slot");
        assertEquals("Marie", AuthorNames.cleanAuthor("Marie a dit :"));
    }

    /**
     * A pool page's thread in Chromium's copy: a comment number glued to the time before the name ("7:20 pm2 Timon
     * Piccini"), also where the time has no am/pm to end it, as the French and German variants write it ("à 19h202
     * Timon Piccini", "um 19:202 Timon Piccini").
     */
    @Test
    void aCommentNumberGluedToATwentyFourHourTime() {
        String english = """
                53 Comments »

                53 Responses to “1,400 Rectangles”
                on 25 Oct 2012 at 7:14 pm1 dy/dan » Blog Archive » [Help Wanted] Draw A Rectangle

                [...] 2012 Oct 25. The purpose and the results. [...]

                on 25 Oct 2012 at 7:20 pm2 Timon Piccini

                I am pretty sure $20 American can no longer buy a new car, even up in Canada.

                That being said there is this.

                Thanks for that Dan! Also apparently it’s as Chris Hunter said, the wooden ratio!

                on 25 Oct 2012 at 7:25 pm3 Audrey

                I confess: I had to wikipedia “golden rectangle.” What I’d be curious about — and gosh, I have no idea why a math person would care — is how people drew their rectangles. Did they start at top left and then put the dot lower right (that’s what I did)? Were their rectangles long or tall?

                on 25 Oct 2012 at 7:25 pm4 Rosemary

                Your readership may just have outwitted you. I guessed that this was about crowd sourcing the golden rectangle, so I deliberately picked one that wasn’t particularly close.
                """;
        String french = english.replaceAll("25 Oct 2012 at 7:(\\d\\d) pm", "25 octobre 2012 à 19h$1");
        String german = english.replaceAll("on 25 Oct 2012 at 7:(\\d\\d) pm", "am 25. Oktober 2012 um 19:$1");
        for (String copy : List.of(english, french, german)) {
            List<Comment> c = text(copy);
            assertEquals(List.of("Timon Piccini", "Audrey", "Rosemary"), c.stream().skip(c.size() - 3)
                    .map(Comment::author).toList(), copy.substring(90, 160));
            assertEquals(19, c.get(c.size() - 3).timestamp().getHour());
            assertEquals(25, c.get(c.size() - 1).timestamp().getMinute());
        }
    }
}
