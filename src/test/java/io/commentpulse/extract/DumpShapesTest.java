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

    /**
     * w3m's copy of wprost.pl (readability-js 1.0.7's fixture page), as copied: each comment's fields labeled one over
     * the other ("Nick" / the name and its masked address / "Data dodania" / the date), then the text, then a row of
     * buttons; under a Polish heading, "Wasze komentarze [2]". Nothing was read before.
     */
    @Test
    void fieldsLabeledOneOverTheOther() {
        List<Comment> c = text("""
                Wasze komentarze [2]

                Kolejność:  [Najnowsze        ]

                (niezalogowany)
                [Zgłoś nadużycie][+][-]

                Nick
                    janki dzbanki 5.172.247.*
                Data dodania
                    2015-08-03 15:43:45

                ....ci "turyści" z CIA .rozwiń komentarz
                [1][0]  [Dodaj odpowiedź]
                (niezalogowany)
                [Zgłoś nadużycie][+][-]

                Nick
                    adam40 89.64.39.*
                Data dodania
                    2015-08-03 09:51:05

                nic dziwnego ,że niemcy choć najliczniej to najmniej u nas wydają , bo są nazistami tzn kupują
                , które dla ich kasy rzucą wszystko. pozdrawiamrozwiń komentarz
                [0][-2]  [Dodaj odpowiedź]


                Czytaj również
                """);
        assertEquals(List.of("janki dzbanki", "adam40"), c.stream().map(Comment::author).toList());
        assertEquals(List.of("2015-08-03 15:43:45", "2015-08-03 09:51:05"), c.stream().map(Comment::timestampRaw).toList());
        assertEquals("....ci \"turyści\" z CIA .", c.get(0).text());
        assertEquals("nic dziwnego ,że niemcy choć najliczniej to najmniej u nas wydają , bo są nazistami tzn kupują "
                + ", które dla ich kasy rzucą wszystko. pozdrawiam", c.get(1).text());
    }

    /**
     * The HTML specification's numbered sections as w3m copies them (gumbo-parser 0.3.0's benchmark page): "4.10.10
     * The option element" reads as 4 October 2010 over a name; the next section's number, a year later on the same
     * day, says what they are. 22 false comments on the whole page before.
     */
    @Test
    void numberedSectionsAreNoDatedBylines() {
        List<Comment> c = text("""
                    4.10.10 The option element

                    Categories:
                    None.
                    Contexts in which this element can be used:
                    As a child of a select element.

                    4.10.11 The textarea element

                    Categories:
                    Flow content.
                    Phrasing content.

                    4.10.12 The keygen element

                    Categories:
                    Flow content.
                    Phrasing content.
                """);
        assertEquals(List.of(), c);
    }

    /**
     * lynx's copy of Wikipedia's "Ebola virus epidemic in West Africa" (gumbo-parser 0.3.0's benchmark page): a table's
     * rows, each a date then figures ("30 Jun 2014 759": the number read as a name), and references whose sources were
     * "retrieved" on a day. 3 false comments from this excerpt before, 9 on the whole page. (Chromium's copy of the same
     * rows, cells apart by tabs, and a caption "… as of 5 September 2014": {@code FixturePagesTest}.)
     */
    @Test
    void aTablesRowsAndReferencesAreNoBylines() {
        assertEquals(List.of(), text("""
                   30 Jun 2014 759
                   (6/25)+22 467
                   +14 413
                   +2 ✓^[635][260]
                   22 Jun 2014 599 338 — — 51 34 — — ✓^[636][261]
                   20 Jun 2014 581 328 390
                   +0 270
                   +3 — — 158
                   +4 ✓^[637][261]
                   17 Jun 2014 528 337 — — — — 97 (6/15)+31 49
                   +4 ✓^[638][262]
                   17. [747]^ [748]"2 of 5 Test Positive for Ebola in Liberia", [749]Liberian Observer, 31
                       March 2014, retrieved 6 July 2014
                   18. [750]^ [751]Ebola Virus Disease Epidemic in Liberia: Situation Report 11 (PDF),
                       [752]LR: Ministry of Health and Social Welfare, 13 April 2014, retrieved 6 July 2014
                """));
    }

    @Test
    void aGluedControlIsTakenOffOnlyWhereItEndsTwoTextsOrMore() {
        // a control glued to the last word ends every comment it follows; a reader's own last words that end like one
        // ("… avoir plus" is "a" + "voir plus", "… review all" is "re" + "view all") end one text
        assertEquals(List.of("pozdrawiam", "CIA .", "Les riches veulent toujours avoir plus"),
                TextBodies.withoutGluedControl(List.of("pozdrawiamrozwiń komentarz", "CIA .rozwiń komentarz",
                        "Les riches veulent toujours avoir plus")));
        assertEquals(List.of("You should review all", "Hay que demostrar más"),
                TextBodies.withoutGluedControl(List.of("You should review all", "Hay que demostrar más")));
    }

    /**
     * A dash and "posted" between the name and its date, and a commenter's blog after a bar ("Stacy | Wicked Good
     * Kitchen"), in a w3m copy of a recipe blog (recipe-scrapers' aspicyperspective page): no byline before.
     */
    @Test
    void postedAfterADashAndABlogAfterABar() {
        List<Comment> c = text("""
                122 Responses to “Fluffy Banana Cream Pie Recipe”

                 1. [14b954128]
                    Stacy | Wicked Good Kitchen — posted March 25, 2013 at 5:08 am

                    Light and creamy Banana Cream Pie–I agree, so ideal for Easter Sunday Brunch!

                 2. [aca8fb0f3]
                    Leslie — posted March 25, 2013 at 5:28 am

                    This looks down right amazing!!!! I seriously want to make this right now. But I dont have any
                    bananas :(
                """);
        assertEquals(List.of("Stacy | Wicked Good Kitchen", "Leslie"), c.stream().map(Comment::author).toList());
        assertEquals("March 25, 2013 at 5:28 am", c.get(1).timestampRaw());
        assertEquals("Light and creamy Banana Cream Pie–I agree, so ideal for Easter Sunday Brunch!", c.get(0).text());
    }

    /**
     * A reader who wrote only "Comment" (healthy-delicious.com, w3m): the word under a byline is the record's text, not
     * the heading of a thread below it; the comments above it were dropped as the article's. Its bylines' "11/13 at
     * 10:26 pm" is a month and day without a year, not a name "11/13" and a time.
     */
    @Test
    void aCommentThatSaysCommentHeadsNothing() {
        List<Comment> c = text("""
                248 Responses to "Baked Chicken and Spinach Flautas"

                59. [70cbb10] Becca says:
                    11/13 at 10:26 pm

                    Have you thought of using grapeseed oil instead of olive or spray oil? Grapeseed or coconut oil
                    is stable at high heat where as olive is not, turning into those rancid bad fats you do not
                    want if going for healthy here.

                    Reply
                60. [27bf749] Chris says:
                    10/21 at 11:13 pm

                    Comment

                    Reply
                61. [46b53f9] Lisa says:
                    10/15 at 7:37 pm

                    I put feta in half of them instead of shredded cheese. Oh my goodness gracious they were good!

                    Reply
                      □ [02570ea] Lauren says:
                        10/16 at 9:33 pm

                        omg yum! That sounds like a fantastic swap.

                        Reply
                """);
        List<String> authors = c.stream().map(Comment::author).toList();
        assertEquals("Becca", authors.get(0));
        assertEquals("11/13 at 10:26 pm", c.get(0).timestampRaw());
        assertEquals(List.of("Lisa", "Lauren"), authors.subList(authors.size() - 2, authors.size()));
    }

    /**
     * A star rating over the text ("5 stars", the stars' alt text; thewoksoflife.com, w3m) and a forum's reply number
     * before its date ("#2.1  —  16. August 2021, 14:44 Uhr", Die Zeit; its buttons "Antworten Melden" under the text):
     * neither is what the reader wrote, and the numbered date line is the byline's.
     */
    @Test
    void aRatingOverTheTextAndAReplysNumberBeforeItsDate() {
        List<Comment> woks = text("""
                 1. Yuhina says

                    May 26, 2020 at 1:20 PM

                    5 stars
                    Thanks for sharing this recipe. The buns came out beautifully soft and yummy!!!

                    Reply
                      □ Yuhina says

                        May 26, 2020 at 1:25 PM

                        5 stars
                        I forgot to mention that I used 100% whole wheat flour and still the buns came out fluffy
                        :D…

                        Reply
                          ☆ Judy says

                            May 26, 2020 at 5:20 PM

                            Wow! That’s great! Thank you for sharing, Yuhina.

                            Reply
                """);
        assertEquals("Thanks for sharing this recipe. The buns came out beautifully soft and yummy!!!", woks.get(0).text());
        assertEquals("Judy", woks.get(2).author());
        List<Comment> zeit = text("""
                Kommentare

                39 Kommentare Seite 1 von 4 Kommentieren
                 Neueste zuerst  Nur Leserempfehlungen

                deep_franz

                #1  —  16. August 2021, 12:35 Uhr
                10

                "Kohlrabi hat Besseres verdient als Mehlschwitze"
                Absolut - Eine schöne Hollondaise!

                Antworten Melden
                Empfehlen
                ClimateJustice

                #2  —  16. August 2021, 12:47 Uhr
                10

                "Am besten lässt man den Kohlrabi roh". - So ist es.

                Antworten Melden
                Empfehlen
                tomtomtofu

                #2.1  —  16. August 2021, 14:44 Uhr
                4

                In Südostasien gibt es noch eine tolle Variante. Geschielt auf die leckere Thai Spezialität
                Papaya-Salat wird der Kohlragi, natürlich roh, fein geraspelt.

                Antwort auf #2 von ClimateJustice
                Antworten Melden
                Empfehlen
                """);
        assertEquals(List.of("deep_franz", "ClimateJustice", "tomtomtofu"), zeit.stream().map(Comment::author).toList());
        assertEquals("16. August 2021, 14:44 Uhr", zeit.get(2).timestampRaw());
        assertEquals("\"Am besten lässt man den Kohlrabi roh\". - So ist es.", zeit.get(1).text());
    }
}
