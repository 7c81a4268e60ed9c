package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.commentpulse.extract.ExtractFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text-dump layouts from real pages (w3m dumps of pages-dev, session 13) that the dated bylines miss: comments with no
 * date at all under a comments heading (Disqus' plain fallback, lists of "• name" items, a footer's relative time), a
 * Drupal thread's user numbers and repeated "Login or register" links, and Stack Exchange's "– name" signatures; and
 * an article's subheadings under a count at its top, which are no comments.
 */
class UndatedDumpsTest {
    /**
     * An article's subheading is named again in its section's first paragraph (Chromium's copy of an Ars Technica
     * page); a reader's name seldom is in what the reader writes. Where half the undated records are so, they are
     * sections, not comments (MercuryPagesTest.chromiumCopyOfAnArticlesSubheadedSections: 5 false comments before).
     */
    @Test
    void aSubheadingSaidAgainInItsSectionIsNoName() {
        assertTrue(UndatedRecords.namedBelow("HomeKit", "Let's start with the one everyone has heard of: HomeKit. "
                + "Apple's IoT framework lets you control HomeKit-compatible devices via your iPhone or iPad."));
        assertTrue(UndatedRecords.namedBelow("Zigbee and Z-Wave", "While HomeKit and Alexa have a lot of growing to do "
                + "in terms of compatibility, Zigbee and Z-Wave have already linked to hundreds of working smart home devices."));
        assertFalse(UndatedRecords.namedBelow("Yaw", "Lambda has rare use lately. P.S. Your correction should rather be"));
        assertFalse(UndatedRecords.namedBelow("Tim", "Timing is everything."));   // a word of its own, not a part
        assertFalse(UndatedRecords.namedBelow("Leop0ld", "Thanks.\nLeop0ld"));   // a signature under the first paragraph
    }

    @Test
    void disqusFallbackNameLineThenText() {
        List<Comment> c = text("""
                Comments

                sumathi s
                It’s great to come across a blog every once in a while, that isn’t the same out of date rehashed
                material. Fantastic read. http://fireandsafetycoursesinchennai.in/
                industrial-courses-safety-in-chennai
                Leop0ld
                That's good. May I possibly translate this article into Korean?
                naayak
                very good information shared by you guys thanks for this. for mistake #1 >>> import random >>> def
                foo(bar={}): ... bar[random.randint(1,100)]="hii" ... print bar ... >>> foo() {76: 'hii'} >>> foo()
                {76: 'hii', 85: 'hii'} >>> foo() {76: 'hii', 85: 'hii', 30: 'hii'} >>> foo() {1: 'hii', 76: 'hii',
                85: 'hii', 30: 'hii'} >>> foo() {1: 'hii', 90: 'hii', 76: 'hii', 85: 'hii', 30: 'hii'} >>> foo()
                {1: 'hii', 71: 'hii', 76: 'hii', 85: 'hii', 90: 'hii', 30: 'hii'} >>> foo() {1: 'hii', 71: 'hii',
                76: 'hii', 84: 'hii', 85: 'hii', 90: 'hii', 30: 'hii'} string is immutable so it never behaves like
                list and dictionaries as we have seen above >>> def foo(bar=''): ... bar+="hii" ... print bar ...
                >>> foo() hii >>> foo() hii >>> foo() hii >>> foo() hii >>> foo() hii >>> foo() hii >>> foo() hii
                >>> foo() hii
                Yaw
                Lambda has rare use lately. P.S. Your correction should rather be <code>numbers = [ n for n in
                range(10) if not odd(n) ]</code> You forgot `n`. :)
                Guest
                """);
        assertEquals(List.of("sumathi s", "Leop0ld", "naayak", "Yaw"), c.stream().map(Comment::author).toList());
        assertEquals("That's good. May I possibly translate this article into Korean?", c.get(1).text());
        assertTrue(c.get(0).text().startsWith("It’s great to come across a blog every once in a while"), c.get(0).text());
        assertNull(c.get(0).timestamp());
    }

    /**
     * Chromium's copy of the same Disqus fallback (each text on one line, no blank lines): the run goes on past
     * twenty lines, since a record's text counts as a sentence seen (before, the run stopped after nine records), up
     * to "comments powered by Disqus", which ends it.
     */
    @Test
    void aLongRunOfOneLineTextsGoesOnToDisqusFooter() {
        List<Comment> c = text("""
                Comments
                sumathi s
                It’s great to come across a blog every once in a while, that isn’t the same out of date rehashed material. Fantastic read. http://fireandsafetycoursesinchennai.in/industrial-courses-safety-in-chennai
                Leop0ld
                That's good. May I possibly translate this article into Korean?
                Yaw
                Lambda has rare use lately. P.S. Your correction should rather be <code>numbers = [ n for n in range(10) if not odd(n) ]</code> You forgot `n`. :)
                Guest
                Common Mistake #0: Programming in Python
                Guest
                For Common Mistake #3, you should be using the `as` syntax for capturing exceptions, as it's both Python2.6+ & Python3+ compatible: https://docs.python.org/3/howto/pyporting.html#capturing-the-currently-raised-exception
                not me
                Common Mistake #-1: Being a programmer
                Oskar Olsson
                So brave.
                Alex Writing
                so common, very python
                Adam Hitchcock
                Why not Python? What alternative would you propose? And why is it specifically better than Python?
                cocoflunchy
                Any reason why you're using a slice here? >>> numbers[:] = [n for n in numbers if not odd(n)] I'm thinking that doing >>> numbers = [n for n in numbers if not odd(n)] wouldn't be a problem since the assignment is executed after the computation of the list comprehension.
                Andres Moreno
                for common mistake #6 you can replace the list comprehension with a generator (substitute the square brackets for parentheses) and the code will work fine.... In [6]: def create_multipliers(): ...: return (lambda x: x*i for i in range(5)) ...: In [7]: for multiplies in create_multipliers(): ...: print multiplies(2) ...: 0 2 4 6 8
                Adam Hitchcock
                You mean mistake #0.
                Guest
                A sense of humor, perhaps.
                Adam Hitchcock
                Oh, sorry, I left that at home today. To heavy to carry on bike to work day.
                comments powered by Disqus

                Are you a Python developer?

                Work with vetted clients, from anywhere, on your terms.

                Find out more

                World-class articles, delivered weekly.

                Get great content

                Subscription implies consent to our privacy policy
                """);
        assertEquals(List.of("sumathi s", "Leop0ld", "Yaw", "Guest", "Guest", "not me", "Oskar Olsson", "Adam Hitchcock",
                "cocoflunchy", "Andres Moreno", "Adam Hitchcock", "Guest", "Adam Hitchcock"),
                c.stream().map(Comment::author).toList());
        assertEquals("Oh, sorry, I left that at home today. To heavy to carry on bike to work day.", c.get(12).text());
    }

    /**
     * Chromium's copy of a thread whose bylines give the date first, alone on its line above the name: each record is
     * dated by the line above its name (not by the next record's date at the end of its text), and a signature at a
     * text's end ("S-") over the next date is no name.
     */
    @Test
    void aDateAloneAboveTheNameIsTheRecordsDate() {
        List<Comment> c = text("""
                Comment on this article
                48 Responses to “Searching for Guinea Bissau in Midtown Manhattan”

                November 12, 2012

                Alain Chautard

                Great story, Chris! I can relate to some of what happened to you and reading it made me feel good somehow. I got stuck a couple of times in Philly and Chicago because of bad weather conditions. Enjoy your trip. Enjoy the end of the world!

                November 12, 2012

                Beth

                Oh the life of an adventurer. I didn’t realize it included that much waiting. Looking forward to hearing about all that you plan to do after your world travels are completed.

                November 12, 2012

                November 12, 2012

                Trish L

                Fab piece Chris, really loved it. Made me smile, made me remember all those hours I’ve spent waiting and waiting some more and more than anything else made me want to pull out my passport and jump on the next plane to somewhere exotic! Keep travelling well, thanks again, Trish

                November 12, 2012

                Bob Eldridge

                Great story Chris, and beautifully written. If you have any further problems, the Portuguese embassy/consul will probably be up to date on access to / communication with G-B.

                November 12, 2012

                Steven Crisp

                So here’s my question to you Chris. Must this be a solo trek?

                Given all of the waiting, sleeping on floors, etc. Can a couple navigate these obstacles and remain best of friends?

                I loved your story, and can imagine doing it myself. But I’d rather do something that grand with my wife. But oh, the runarounds and perpetual tests.

                I wonder, indeed, I do.

                S-

                November 12, 2012

                Joseph Bernard

                Chris, this is the determination of a marathoner over the last couple of miles when it seems like not matter how far you run the people on the sidelines keep saying only 2 miles to go.

                What will fill the space of adventure in your life when you reach the finish line of this quest? It seems it has to be something that keeps you learning and growing in the way this journey invites self-awareness and presence? Seems like a primary way you learn grow through your physical encounters,

                Your an inspiration in determination and flexibility. Thanks

                November 12, 2012

                Natalie the Singingfool

                Woohoo! Congratulations on the nearness of your goal!
                """);
        assertEquals(List.of("Alain Chautard", "Beth", "Trish L", "Bob Eldridge", "Steven Crisp", "Joseph Bernard",
                "Natalie the Singingfool"), c.stream().map(Comment::author).toList());
        assertTrue(c.stream().allMatch(x -> "November 12, 2012".equals(x.timestampRaw())), "every record dated");
        assertTrue(c.get(4).text().endsWith("I wonder, indeed, I do."), c.get(4).text());
    }

    /**
     * Chromium's copy of a WordPress thread (a pool page): "There are 7 comments about:" announces it, each record is
     * a "Profile" link, the date, the name with the staff badge "☆" after it, and the text; "Comment on this post:"
     * (the form) ends it before the recommended posts.
     */
    @Test
    void thereAreSevenCommentsOverDateNameAndText() {
        List<Comment> c = text("""
                There are 7 comments about:

                Check Out UPROXX’s Very Own Brandon Stroud In His Feature Film Debut

                Profile
                11.05.12 at 2:53 pm
                Brandon ☆

                You know, I always wanted to be on Film Drunk. And now here I am, and I’m wearing a duck costume. Life is weird.


                Profile
                11.05.12 at 2:58 pm
                Spesholl K

                I imagine that Chodin is spotting Dubs doing squats and lost track of time.


                Profile
                11.05.12 at 3:13 pm
                Iron Mike Sharpie

                I can’t tell from that image, but please say that the duck mascot is wearing a No! No! No! t-shirt.


                Profile
                11.05.12 at 3:21 pm
                Brandon ☆

                It’s a Riot Juice jersey. I don’t know what has and hasn’t made the cut yet, but I tried to get a “Yes” chant going as I rounded the bases after a home run.


                Profile
                11.05.12 at 4:18 pm
                The Lunatic

                Our IMDB page isn’t going to be up until December. Lame, I know, but since SXSW’s submissions aren’t through Withoutabox, it’s not automatic.


                Profile
                11.05.12 at 8:00 pm
                elle07

                Chodin is free now, like a butterfly. You wouldn’t understand, like a butterfly. Gahh, what’s with all the stupid butterflies man! Get off my back!


                Profile
                11.05.12 at 8:01 pm
                elle07

                Also, yay Brandon!

                Comment on this post:

                Uproxx Social
                Welcome to Film Drunk.
                Sign into Uproxx | Register
                Follow Us
                Facebook
                Twitter
                Tumblr
                RSS
                Email
                Recommended Posts
                INDIES
                """);
        assertEquals(List.of("Brandon", "Spesholl K", "Iron Mike Sharpie", "Brandon", "The Lunatic", "elle07", "elle07"),
                c.stream().map(Comment::author).toList());
        assertEquals("11.05.12 at 2:53 pm", c.get(0).timestampRaw());
        assertEquals("Also, yay Brandon!", c.get(6).text());
    }

    /**
     * Chromium's copy of a Disqus fallback with no heading over it (a pool page): the names carry the commenter's web
     * address, so three of them or more make the list a thread; "blog comments powered by Disqus" ends it.
     */
    @Test
    void namesBehindTheirWebAddressesMakeAThreadWithoutAHeading() {
        List<Comment> c = text("""
                Tweet

                Get Started with Flowtown
                Try it for Free!
                50 contacts for Free, 60 seconds to signup
                http://www.weboutsourcing-gateway.com/ Web Outsourcing Gateway

                So true! After Facebook and Twitter, people can’t get enough to Instagram as well as Pinterest.The power of social media…

                http://rickyleepotts.com/ rickyleepotts

                That is awesome. I love the graphics too. We use Instragram for our 1001 Bottles project. We take the same style of shot and use the same filter for all bottles. One day, when we are done with the list, we will have 1001 images (plus additional images that are not a part of the list) there for viewing pleasure. I love it that Instagram makes it look like I know how to take good photos!

                http://rickyleepotts.com/ rickyleepotts

                 The same goes for Google+. Facebook Timeline now puts a focus on images (and videos for that matter), and with the changes to the Google+ interface, they are also putting focus on that stuff. That is what Pinterest is… sharing images and videos. Instagram just helps facilitate that to produce better looking images.

                I love Instagram. It is also fun to see what angles I can get on certain photos. I take pictures and I take Instagram pictures. They are rarely the same.

                http://cardasphotography.typepad.com/ Angela Cardas

                I’m late to the Instagram game – didn’t want to start another thing – but I do love it!

                http://twitter.com/Yottskry Steve B

                It’s sweet that you think that.

                Jessy Khan

                It’s nice to know. Thanks for sharing…

                Anonymous

                Je vous remercie. très intéressan

                http://writingbee.com/ writingbee.com

                Thanks for info!

                http://justessaywriting.com/ justessaywriting.com

                Wooow! Keep in the same direction dude =)

                http://twitter.com/HangilKang 강한길

                Please also consider including SocialMotus.
                We’re a new, free social management tool platform for businesses and
                individuals. We’re building some innovative and powerful conversion tracking
                and social management features including priority messages inbox, targeted
                Twitter followers discovery, sales conversions by posts and much more.

                http://twitter.com/akloyunlarnet akıloyunları.gen.tr

                hi..oyunlar2.tv.tr say that thaks for share…

                blog comments powered by Disqus
                Get Email Updates (It's Free)

                One email a month, with unsubscribe, & no spam. Ever.
                """);
        assertEquals(List.of("Web Outsourcing Gateway", "rickyleepotts", "rickyleepotts", "Angela Cardas", "Steve B",
                "Jessy Khan", "Anonymous", "writingbee.com", "justessaywriting.com", "강한길", "akıloyunları.gen.tr"),
                c.stream().map(Comment::author).toList());
        assertEquals("hi..oyunlar2.tv.tr say that thaks for share…", c.get(10).text());
    }

    @Test
    void bulletedNamesOverIndentedText() {
        List<Comment> c = text("""


                Comment

                Post a Comment

                  • h4rm0ny

                    I don’t care if they’re doing this to look after their customers or if they’re doing it as a
                    side-swipe at Google. I benefit. It’s obscene that the W3C should mandate that DNT be turned
                    off by default. Good for MS.

                    And the argument that this might provoke advertisers not to respect DNT? What kind of Catch-22
                    is that? You can have DNT so long as you don’t use it? It is our choice whether we want to be
                    tracked everywhere we go online or not. We don’t have to negotiate on that.

                      □ Joel Hruska

                        Actually, yes we do.
                        (I’m not saying I agree).

                        Everything about DNT is voluntary. There are no penalties for failing to follow the rules.
                        Granted, the rules themselves are not fixed yet, but the only thing keeping companies in
                        line, until the FTC or Congress say otherwise, will be the consciences of the companies
                        that agree to uphold the standard.

                          ☆ h4rm0ny

                             It seems the argument is that it is better to let monitoring companies track most
                            people in exchange for some of us who think we are more savvy retaining the ability to
                            opt out, rather than try to have large numbers of people opt out and provoke measures
                            that will catch all of us.
                """);
        assertEquals(List.of("h4rm0ny", "Joel Hruska", "h4rm0ny"), c.stream().map(Comment::author).toList());
        assertTrue(c.get(1).text().startsWith("Actually, yes we do."), c.get(1).text());
    }

    @Test
    void aFooterWithARelativeTimeIsNoText() {
        List<Comment> c = text("""
                7 Comments

                Filter by: [Newest]
                Phillip

                That makes really want to go out and buy a used Impala......NOT I thought I read somewhere that
                they had a problem with the rear suspension and said they didn't have to fix it because that GMC
                was dissolved...flip flop flip

                14 minutes ago Report abuse Permalink rate up rate down Reply

                Ducman69

                So the big question here is if the base Impala actually uses different control-arms than the police
                version (highly unlikely), or if Government Motors is just shafting the civilian market because
                there are a lot more of them and they hope that the civilian vehicles will not see as many miles or
                as harsh conditions as the police vehicles do and aren't likely to fail while still under warranty
                (much more likely).

                Good reason not to buy another GM (and I'm driving two Chevy's right now).

                26 minutes ago Report abuse Permalink +1 rate up rate down Reply

                [avatar] Laser

                Oh my - Government Motors is honoring a GM product via recall...

                Wonder why?

                Because it just introduced a new fleet car that it wants to sell to police and it needs the
                business. Can't afford to alienate the police departments!

                Meanwhile the other Impalas on the market ... "don't worry, they meet the high Government Motors
                durability standards we set for civilian use applications". In other words, "up yours!"

                51 minutes ago Report abuse Permalink rate up rate down Reply
                1 reply to Laser's comment
                [picture] Duncan1800

                Perhaps not everything GM does is some calculated move, and they're just doing the right thing.

                """);
        assertTrue(c.size() >= 3, c.toString());
        assertEquals(List.of("Phillip", "Ducman69"), c.stream().limit(2).map(Comment::author).toList());
        assertTrue(c.get(0).text().endsWith("flip flop flip"), c.get(0).text());
        assertFalse(c.get(0).timestampRaw().isEmpty());
    }

    @Test
    void anArticlesSubheadingsUnderACountAtItsTopAreNoComments() {
        assertEquals(List.of(), text("""
                  • Tips & Tricks
                  • | November 9th 2012



                1 Comment

                Keeping Your Files Secure Padlock

                The day you start freelancing, you’re running a business. That means that you have certain
                obligations to your clients to ensure that their information is secure. Depending on the clauses in
                any contracts you sign, you may take on additional obligations — an NDA, for example, can turn into
                a lawsuit if you don’t take adequate steps to protect any information you’ve been provided.

                Exactly what constitutes adequate security is hard to define. For some professions, like lawyers or
                accountants, there are fairly strict guidelines as to how client information is to be handled. It’s
                less clear for most creatives.

                Physical Access

                Whether you work at home, at a coffee shop, or in an office, it’s important to think about who
                physically has access to anything you’re working on. If you leave papers around, who can pick them
                up and read them?

                    Cultivate some healthy paranoia.

                At a bare minimum, you need to take steps to limit that sort of access to anything you’re working
                on. If friends are often over at your house, you need a place to put your work away that’s at least
                marginally secure: a locking file cabinet or a locked office is generally a good idea. Cultivate
                some healthy paranoia. For those visitors to your home or office who are unwelcome, a security
                system may be in order.

                Computer Security

                Of course, there is such a thing as too much paranoia. It’s unlikely, for most freelancers, that
                anyone would break into your home or office just to get their hands on the details of a project
                you’re working on. It’s not impossible, though, that someone might break in to get their hands on a
                nice laptop and some other computer equipment. The ramifications may not be so very different, at
                least from a client’s point of view, though: if someone else gets a hand on details of a client’s
                project, even unintentionally, it can be concerning.

                    Just how far you want to go in terms of encrypting files and adding more advanced security
                    measures is a matter of your own preferences.

                Password-protecting your system will stop anyone who isn’t particularly technically savvy, though
                there are more and more ways to get around passwords and other basic security measures on
                computers. But if you don’t have those measures in place, a client will assume you’ve done
                practically nothing to protect their information.

                Just how far you want to go in terms of encrypting files and adding more advanced security measures
                is a matter of your own preferences. It’s a rarity to find a client with specific computer security
                requirements for vendors, so you have to decide what you can work with and manage without a full
                cyber security division to support you.

                To give you an example of what you might want to start thinking about in terms of security, here
                """));
    }

    @Test
    void drupalUserNumbersAndRepeatedLinksUnderEachComment() {
        List<Comment> c = text("""
                [Threaded list - expanded ]
                [Date - oldest first]
                [90 comments per page ]
                [Save settings]
                Select your preferred way to display the comments and click "Save settings" to activate your
                changes.
                Thu, 08/09/2012 - 14:32 | 2691789 ReallySparky
                ReallySparky's picture

                Alec, I'll take Gold for 1650.

                  • Login or register to post comments

                Thu, 08/09/2012 - 14:41 | 2691813 Cognitive Dissonance
                Cognitive Dissonance's picture

                And the answer is............To the Moon Alice.

                http://en.wikipedia.org/wiki/The_Honeymooners

                http://seekingalpha.com/article/781751-why-gold-is-going-to-10-000-q-a-with-nick-barisheff

                  • Login or register to post comments

                Thu, 08/09/2012 - 14:45 | 2691823 Beam Me Up Scotty
                Beam Me Up Scotty's picture

                Don't forget the silver at $28 too.

                  • Login or register to post comments

                Thu, 08/09/2012 - 14:48 | 2691834 Pladizow
                Pladizow's picture

                Where's the Willey Coyote?

                  • Login or register to post comments

                Thu, 08/09/2012 - 14:59 | 2691859 Comay Mierda
                Comay Mierda's picture

                """);
        assertEquals(List.of("ReallySparky", "Cognitive Dissonance", "Beam Me Up Scotty", "Pladizow"),
                c.stream().map(Comment::author).toList());
        assertEquals("Don't forget the silver at $28 too.", c.get(2).text());
    }

    @Test
    void stackExchangeSignaturesUnderTheText() {
        List<Comment> c = text("""

                verb-choice
                Share
                Improve this question
                Follow
                asked Feb 6, 2014 at 20:37
                user avatar
                user5105user5105
                3,92699 gold badges2727 silver badges4646 bronze badges
                2

                  • 1
                    maybe ausgeraubt is a bad example.. I think enttäuscht makes things much easier to understand,
                    as there is no english equivalent of the "state of having been robbed"
                    – Vogel612
                    Feb 7, 2014 at 10:53
                  •
                    What are you trying to stress in your narrative? I feel like "war“ is statement of the fact. If
                    you plan to give follow on details regarding the incident use "wurde".
                    – Bill
                    3 hours ago

                Add a comment  |

                6 Answers 6

                Sorted by: Reset to default
                [Highest score (default)     ]
                22

                """);
        assertEquals("Vogel612", c.get(0).author());
        assertTrue(c.get(0).text().startsWith("maybe ausgeraubt is a bad example"), c.get(0).text());
        assertEquals("2014-02-07T10:53Z", c.get(0).timestamp().toString());
    }

    /**
     * "Discuss this post" announces the thread (a real w3m copy of a pages-dev page, the article cut); the dates split
     * over lines above ("24" / "Jul" / "2012" / "9:49am, EDT") give no name.
     */
    @Test
    void aDiscussionHeadingOverNamesAfterAvatars() {
        List<Comment> c = text("""
                99comments
                Print
                24
                Jul
                2012
                9:49am, EDT

                Kenyans use cell phones for everything from buying groceries to paying rent

                [120724_kenya_margaretwambui]
                Explore related topics: africa, featured, cell-phones, kenya, nairobi, mary-murray

                older

                24
                Jul
                2012
                8:18am, EDT

                Afghan police commander leads defection to Taliban

                newer

                24
                Jul
                2012
                11:21am, EDT

                Syrian forces launch air attacks as rebels push on largest city

                Discuss this post

                Jump to discussion page: 1 2 3
                Comment author avatarbytor104

                Mary, that is because their money is worth nothing. Most of the people who live in Kenya are lucky
                to make 10 bucks a week.....NBC News Fail.

                  • 3 votes

                #1 - Tue Jul 24, 2012 10:14 AM EDT
                ●Comment author avatarWakehead

                The point of the article is...how can all these people in a 3rd world country all have great cell
                phones, while us rich Americans pay through the nose for limited service?

                You = Fail

                Seems like their government did something right and the people benefited. Our legislators just do
                what the corporations tell them.

                Quit drinking the "American Exceptional ism" kool aid.

                  • 39 votes

                #1.1 - Tue Jul 24, 2012 10:35 AM EDT
                Comment author avatarwillowbrook

                Free market economy is what did it. When the companies could freely compete, prices came down.

                P.S. I noticed they didn't say anything concerning safety issues. That would concern me.

                  • 2 votes

                #1.2 - Tue Jul 24, 2012 12:06 PM EDT
                ●Comment author avatarldo

                """);
        assertEquals(List.of("bytor104", "Wakehead", "willowbrook"), c.stream().limit(3).map(Comment::author).toList());
        assertTrue(c.get(0).text().startsWith("Mary, that is because their money is worth nothing."), c.get(0).text());
        assertEquals("Tue Jul 24, 2012 10:14 AM EDT", c.get(0).timestampRaw());
    }

    /** The same thread as lynx copies it: the avatar's alt text and the name with a space between them. */
    @Test
    void anAvatarAltTextBeforeTheNameWithASpace() {
        List<Comment> c = text("""
                Discuss this post

                   Jump to discussion page: 1 2 3
                   Comment author avatar bytor104

                   Mary, that is because their money is worth nothing. Most of the people who live in Kenya
                   are lucky to make 10 bucks a week.....NBC News Fail.
                     * 3 votes

                   #1 - Tue Jul 24, 2012 10:14 AM EDT
                   Comment author avatar Wakehead

                   The point of the article is...how can all these people in a 3rd world country all have
                   great cell phones, while us rich Americans pay through the nose for limited service?

                   You = Fail

                   Seems like their government did something right and the people benefited. Our legislators
                   just do what the corporations tell them.

                   Quit drinking the "American Exceptional ism" kool aid.
                     * 39 votes

                   #1.1 - Tue Jul 24, 2012 10:35 AM EDT
                   Comment author avatar willowbrook

                   Free market economy is what did it. When the companies could freely compete, prices came
                   down.

                   P.S. I noticed they didn't say anything concerning safety issues. That would concern me.
                     * 2 votes

                   #1.2 - Tue Jul 24, 2012 12:06 PM EDT
                   Comment author avatar ldo

                     All consumers need to do is register with a national ID card or passport and then they
                     can go to any licensed “M-Pesa” customer booth, like Margaret’s booth next to her
                     women’s clothing boutique, deposit the contents of their paychecks into accounts run
                     from their cell phones or withdraw cash.

                   Requiring to have a "National ID card or passport" to register ? Where is the OUTRAGE from
                """);
        assertEquals(List.of("bytor104", "Wakehead", "willowbrook"), c.stream().limit(3).map(Comment::author).toList());
    }
}
