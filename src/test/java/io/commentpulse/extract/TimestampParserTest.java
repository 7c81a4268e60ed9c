package io.commentpulse.extract;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimestampParserTest {
    private static String parse(String s) {
        return TimestampParser.find(s, ZoneOffset.UTC, null).map(m -> String.valueOf(m.value())).orElse("none");
    }

    @Test
    void englishFormats() {
        assertEquals("2023-09-13T20:16Z", parse("Paul Harris September 13, 2023 - 8:16 pm"));
        assertEquals("2011-01-31T09:59Z", parse("by james on January 31, 2011 at 9:59 am. Reply"));
        assertEquals("2012-08-09T14:00Z", parse("August 9th, 2012 at 2:00 pm"));
        assertEquals("2012-07-24T10:14-04:00", parse("Tue Jul 24, 2012 10:14 AM EDT"));
        assertEquals("2012-10-23T20:38Z", parse("23 October 2012 at 8:38 pm"));
        assertEquals("2012-10-28T17:33Z", parse("10/28/12 5:33 PM"));
    }

    @Test
    void danishDutchAndPortugueseDates() {
        assertEquals("2021-02-10T11:55Z", parse("10. februar 2021 kl. 11:55"));
        assertEquals("2021-03-02T09:05Z", parse("2. marts 2021 kl. 09:05"));
        assertEquals("2020-05-12T14:05Z", parse("12 mei 2020 om 14:05"));
        assertEquals("2019-03-14T00:00Z", parse("14 maart 2019"));
        assertEquals("2018-10-03T21:40Z", parse("3 de outubro de 2018 21:40"));
        assertEquals("2017-12-24T00:00Z", parse("24 de dezembro de 2017"));
        // "out" is no month here: a rating's "5 out of 5" stays no date; nor is a name "Marco" (Portuguese writes "março")
        assertFalse(TimestampParser.find("Rated 5 out 2020", ZoneOffset.UTC, null).isPresent());
        assertFalse(TimestampParser.find("Marco 12", ZoneOffset.UTC, null).isPresent());
    }

    /**
     * Dates as three recipe sites print them (pages-recipes-4): Mediavine's "Thursday 8th of September 2022", Tasty
     * Kitchen's dotted month-first "5.25.2014" (a second number over 12 is the day) and Smulweb's dashed "09-06-2022"
     * alone in its byline. A dashed date after a label or inside a sentence stays a reference, as before.
     */
    /**
     * A relative time glued to the name before it, as a copy joins two inline boxes ("Elsa6 days ago", Forks Over
     * Knives in w3m): the copy's line is set apart before its date is read; a time inside a sentence, or a model's
     * number before a word, stays as it was.
     */
    @Test
    void aRelativeTimeGluedToTheNameIsSetApart() {
        assertEquals("Elsa 6 days ago", CopyLines.unglueMonth("Elsa6 days ago"));
        assertEquals("Chili Dave 5 days ago", CopyLines.unglueMonth("Chili Dave5 days ago"));
        assertEquals("Ann 1 hour ago", CopyLines.unglueMonth("Ann1 hour ago"));
        assertEquals("I made it 2 days ago", CopyLines.unglueMonth("I made it 2 days ago"));
        assertEquals("The mp3 files I sent you", CopyLines.unglueMonth("The mp3 files I sent you"));
        assertEquals("We had the F150 3 years ago and more", CopyLines.unglueMonth("We had the F150 3 years ago and more"));
    }

    @Test
    void ordinalOfMonthDottedMonthFirstAndDashedBylineDates() {
        assertEquals("2022-09-08T00:00Z", parse("Thursday 8th of September 2022"));
        assertEquals("2022-09-13T00:00Z", parse("Tuesday 13th of September 2022"));
        assertEquals("2014-05-25T00:00Z", parse("on 5.25.2014"));
        // with a two-digit year only before a time (Naturally Ella's bylines, session 56): alone it may be a section
        assertEquals("2012-07-20T10:51Z", parse("07.20.12 at 10:51 am"));
        assertEquals("2012-07-20T13:47Z", parse("7.20.12, 13:47"));
        assertEquals("none", parse("See 8.14.11 for details"));
        assertEquals("2021-05-02T00:00Z", parse("2.5.2021"));   // day first where both could be a month
        assertFalse(TimestampParser.find("4.8.14.11 Synchronising multiple media elements", ZoneOffset.UTC, null)
                .isPresent());   // a section number, not 14 August 2011
        assertEquals("2020-11-14T00:00Z", parse("14-11-2020"));
        assertEquals("2020-11-14T00:00Z", parse("Nelly5744 14-11-2020"));
        assertFalse(TimestampParser.find("Request filed: 03-14-2020", ZoneOffset.UTC, null).isPresent());
        // a food blog's "One year ago: Brownie Mosaic Cheesecake" links an older post; it tells no time
        assertFalse(TimestampParser.find("One year ago: Brownie Mosaic Cheesecake", ZoneOffset.UTC,
                OffsetDateTime.parse("2024-01-01T00:00Z")).isPresent());
        assertTrue(TimestampParser.find("Ann 3 days ago", ZoneOffset.UTC, OffsetDateTime.parse("2024-01-01T00:00Z"))
                .isPresent());
        assertFalse(TimestampParser.find("I baked it on 14-11-2020 and again later", ZoneOffset.UTC, null).isPresent());
        assertFalse(TimestampParser.find("we spoke of 14-11-2020 and the others 14-11-2020", ZoneOffset.UTC, null)
                .isPresent());
    }

    /**
     * A slot of hours ("Saturdays 12pm - 12:30pm", a radio's schedule) is no time a comment was posted; a time beside a
     * dash that joins no second time still is one ("10:15 pm - Reply", a date then its time).
     */
    @Test
    void spansOfHoursAreNoPostingTimes() {
        assertFalse(TimestampParser.find("Saturdays 12pm - 12:30pm", ZoneOffset.UTC, null).isPresent());
        assertFalse(TimestampParser.find("Saturdays 12:30pm - 1pm", ZoneOffset.UTC, null).isPresent());
        assertFalse(TimestampParser.find("Weekdays 10:00–14:00", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("Brandon 10:15 pm - Reply", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("#1234 - 10:15 pm", ZoneOffset.UTC, null).isPresent());
        assertEquals("2023-09-13T20:16Z", parse("Paul Harris September 13, 2023 - 8:16 pm"));
    }

    /** A day, its month and a year of two digits, read so only before a time: "7 Aug 12 at 11:21 pm". */
    @Test
    void twoDigitYearBeforeATime() {
        assertEquals("2012-08-07T23:21Z", parse("7 Aug 12 at 11:21 pm"));
        assertEquals("2012-08-07T23:21Z", parse("07 Aug 12, 23:21"));
        assertFalse(parse("on 7 Aug 12").startsWith("2012"), "without a time, '7 Aug 12' names no year");
    }

    /** The time before its date (HuffPost's "03:24 AM on 9/19/2010", a Telegraph dateline), in the match and its value. */
    @Test
    void timeBeforeTheDate() {
        assertEquals("2010-09-19T03:24Z", parse("03:24 AM on 9/19/2010"));
        assertEquals("2011-10-05T09:39+01:00", parse("9:39AM BST 05 Oct 2011"));
        assertEquals("2013-03-12T10:15Z", parse("Anna 10:15, 12.03.2013"));
        assertEquals(0, TimestampParser.find("03:24 AM on 9/19/2010", ZoneOffset.UTC, null).orElseThrow().start());
        assertEquals("2012-05-03T00:00Z", parse("version 1.2:30 May 3, 2012"), "no time glued to other digits");
        assertEquals("2012-05-03T14:00Z", parse("12:30 May 3, 2012 at 2:00 pm"), "a time after the date wins");
    }

    /** Forums (vBulletin) write "03-05-2020, 10:12 AM": dashes, month first as with slashes, the year whole, a time. */
    @Test
    void dashedNumericDatesWithTheirTime() {
        assertEquals("2020-03-05T10:12Z", parse("civicguy 03-05-2020, 10:12 AM"));
        assertEquals("2020-12-24T21:30Z", parse("24-12-2020 21:30"));
        assertEquals("none", parse("scores of 10-12-14 in the last three games"), "a dashed date needs its year whole");
        assertEquals("none", parse("Request filed: 03-14-2020"), "without a time a dashed date is a reference");
    }

    @Test
    void germanFrenchSpanish() {
        assertEquals("2015-06-06T10:23Z", parse("6. Juni 2015 um 10:23"));
        assertEquals("2004-03-26T16:19Z", parse("26. März 2004, 16:19"));
        assertEquals("2020-05-07T12:38Z", parse("7 mai 2020 - 12:38"));
        assertEquals("2020-04-21T16:40Z", parse("Di, 21. April 2020 - 16:40"));
        assertEquals("2023-09-13T00:00Z", parse("13 de septiembre de 2023"));
        assertEquals("2019-12-01T00:00Z", parse("1er décembre 2019"));
    }

    @Test
    void yearAbbreviationsOfBulgarianRussianAndPolishDates() {
        // "г." (година) and "r." (roku) after the year, "o godz." (at hour) before the time: the time still belongs
        assertEquals("2015-08-16T10:16:23Z", parse("Самурай - 16.08.2015 г. 10:16:23"));
        assertEquals("2015-08-15T13:37Z", parse("15.08.2015, godz. 13:37"));
        assertEquals("2015-08-03T09:51Z", parse("03.08.2015 r. o godz. 09:51"));
        assertEquals("2015-08-16T00:00Z", parse("16.08.2015 г."), "the day alone when no time follows");
    }

    @Test
    void germanDatesAsForumsAndDumpsWriteThem() {
        assertEquals("2020-01-14T13:47Z", parse("14. 01. 2020, 13:47"));
        assertEquals("2022-01-26T13:05Z", parse("26. Januar 2022 13:05"));
        assertEquals("2020-04-28T10:27Z", parse("28.04.2020, 10:27 Uhr"));
        // a name glued to the day ("Sana6. Juni 2015"): the day is still read, the name is not part of it
        assertEquals("2015-06-06T10:23Z", parse("Sana6. Juni 2015 um 10:23"));
        assertEquals("6. Juni 2015 um 10:23", TimestampParser.find("Sana6. Juni 2015 um 10:23", ZoneOffset.UTC, null)
                .orElseThrow().raw());
        // a name that ends in digits glued to the day (Blogger's copies: "LandGirl198028 October 2012 01:24"): the day
        // is the last one or two digits that make a day
        assertEquals("2012-10-28T01:24Z", parse("LandGirl198028 October 2012 01:24"));
        assertEquals("27 October 2012 15:48", TimestampParser.find("CameronPoe240927 October 2012 15:48", ZoneOffset.UTC,
                null).orElseThrow().raw());
    }

    @Test
    void frenchAndSpanishDatesWithTheirTimeWords() {
        assertEquals("2021-03-12T14:05Z", parse("12 mars 2021 à 14h05"));
        assertEquals("2019-02-03T18:30Z", parse("le 3 février 2019 à 18:30"));
        assertEquals("2020-05-03T10:15Z", parse("3 de mayo de 2020 a las 10:15"));
        assertEquals("2021-01-05T09:41Z", parse("el 5 de enero de 2021, 9:41"));
    }

    @Test
    void versionNumbersAreNotDates() {
        assertTrue(TimestampParser.find("version 2.0.30", ZoneOffset.UTC, null).isEmpty());
        assertTrue(TimestampParser.find("Firefox 3.6.28 released", ZoneOffset.UTC, null).isEmpty());
    }

    @Test
    void machineValues() {
        assertEquals("2020-08-15T09:35:53-07:00", TimestampParser.parseMachine("2020-08-15T09:35:53-07:00", ZoneOffset.UTC).toString());
        assertEquals("2023-09-13T20:16Z", TimestampParser.parseMachine("Wed, 13 Sep 2023 20:16:00 GMT", ZoneOffset.UTC).toString());
        assertEquals("2014-02-07T10:53:03Z", TimestampParser.parseMachine("2014-02-07 10:53:03Z", ZoneOffset.UTC).toString());
    }

    @Test
    void relativeTimesNeedAReference() {
        OffsetDateTime ref = OffsetDateTime.parse("2023-09-14T12:00Z");
        assertEquals("2023-09-14T09:00Z", TimestampParser.find("3 hours ago", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2023-09-12T12:00Z", TimestampParser.find("vor 2 Tagen", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        var m = TimestampParser.find("14 minutes ago", ZoneOffset.UTC, null).orElseThrow();
        assertNull(m.value());
        assertEquals("14 minutes ago", m.raw());
    }

    /**
     * A comment that ends "not too long ago." over its "1 hour ago" line (pages-dev's Autoblog page): the English word is
     * no "ago." (agosto) before a day, so the time is the relative one; a Spanish date with its year still reads.
     */
    @Test
    void theEnglishAgoIsNoMonth() {
        OffsetDateTime ref = OffsetDateTime.parse("2013-08-05T15:00Z");
        var m = TimestampParser.find("saying so not too long ago.\n1 hour ago", ZoneOffset.UTC, ref).orElseThrow();
        assertEquals("1 hour ago", m.raw());
        assertEquals("2013-08-05T14:00Z", m.value().toString());
        assertEquals("2013-08-01T00:00Z", TimestampParser.find("ago. 1, 2013", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-08-01T00:00Z", TimestampParser.find("1 ago 2013", ZoneOffset.UTC, ref).orElseThrow().value().toString());
    }

    /** "3 hours, 45 minutes ago" is one time; "Yesterday, 10:43 PM" and its German, French and Spanish forms too. */
    @Test
    void compoundRelativeTimesAndDayWordsWithATime() {
        OffsetDateTime ref = OffsetDateTime.parse("2013-06-07T12:00Z");
        var m = TimestampParser.find("3 hours, 45 minutes ago", ZoneOffset.UTC, ref).orElseThrow();
        assertEquals("3 hours, 45 minutes ago", m.raw());
        assertEquals("2013-06-07T08:15Z", m.value().toString());
        assertEquals("2013-06-06T22:43Z", TimestampParser.find("Yesterday, 10:43 PM", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-06-07T15:12Z", TimestampParser.find("Today at 3:12 pm", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-06-06T13:05Z", TimestampParser.find("Gestern, 13:05 Uhr", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-06-07T10:27Z", TimestampParser.find("Heute um 10:27", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-06-06T22:15Z", TimestampParser.find("Hier à 22h15", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertEquals("2013-06-06T10:43Z", TimestampParser.find("Ayer a las 10:43", ZoneOffset.UTC, ref).orElseThrow().value().toString());
        assertTrue(TimestampParser.isRelative("Yesterday, 10:43 PM"));   // resolved against when the page was saved
        // a sentence's word is no timestamp ("did the WOD today, 12:03" is a workout's time), nor a word without a time
        assertEquals("none", parse("Did a modified ralph today, 12:03."));
        assertEquals("none", parse("Yesterday, after the match"));
        assertEquals("none", parse("today 42:03"));
    }

    @Test
    void yearlessDateTakesTheReferenceYear() {
        OffsetDateTime ref = OffsetDateTime.parse("2012-10-31T12:00Z");
        var m = TimestampParser.find("On Thursday, November 1 at 2:57 pm", ZoneOffset.UTC, ref).orElseThrow();
        assertEquals("2012-11-01T14:57Z", m.value().toString());
        assertTrue(TimestampParser.find("no date in here at all", ZoneOffset.UTC, ref).isEmpty());
    }

    /**
     * A month and day with slashes and no year, as a recipe blog's byline prints them under "Name says:" ("03/04 at
     * 5:28 pm"): read only before a 12-hour clock, the year the reference's; "1/2 cup" and "24/7" stay no dates.
     */
    @Test
    void yearlessSlashedMonthAndDayBeforeATwelveHourClock() {
        OffsetDateTime ref = OffsetDateTime.parse("2019-02-20T12:00Z");
        var m = TimestampParser.find("03/04 at 5:28 pm", ZoneOffset.UTC, ref).orElseThrow();
        assertEquals("2019-03-04T17:28Z", m.value().toString());
        assertEquals("03/04 at 5:28 pm", m.raw());
        assertEquals("2020-01-15T19:37Z", TimestampParser.find("Lisa 01/15 at 7:37 pm", ZoneOffset.UTC, ref)
                .orElseThrow().value().toString(), "before the reference: the next year's");
        var unresolved = TimestampParser.find("10/21 at 11:13 pm", ZoneOffset.UTC, null).orElseThrow();
        assertEquals("10/21 at 11:13 pm", unresolved.raw(), "without a reference: the whole string, no value");
        assertNull(unresolved.value());
        assertEquals("none", parse("Add 1/2 cup of milk"));
        assertEquals("none", parse("open 24/7"));
        assertFalse(parse("13/25 at 5:28 pm").startsWith("20"), "no month 13 or 25");
        assertEquals("2019-04-25T17:28Z", TimestampParser.find("25/04 at 5:28 pm", ZoneOffset.UTC, ref).orElseThrow()
                .value().toString(), "a first number over 12 is the day");
    }

    @Test
    void arabicDatesWithArabicIndicDigitsAndEveryMonthNaming() {
        // Egyptian/Gulf month names, Arabic-Indic digits, ص / م for a.m. / p.m.
        assertEquals("2020-03-12T14:05Z", parse("١٢ مارس ٢٠٢٠ - ٠٢:٠٥ م"));
        assertEquals("2020-03-12T14:05Z", parse("الخميس 12 مارس 2020 الساعة 14:05"));
        // Levantine names in two words, and the two-letter آب
        assertEquals("2021-01-12T00:00Z", parse("12 كانون الثاني 2021"));
        assertEquals("2019-10-05T00:00Z", parse("5 تشرين الأول 2019"));
        assertEquals("2019-08-03T10:30Z", parse("3 آب 2019، 10:30 ص"));
        // Maghreb names, and a numeric date
        assertEquals("2018-07-01T00:00Z", parse("1 جويلية 2018"));
        assertEquals("2020-03-12T14:05Z", parse("نشر في 2020/03/12 - 14:05"));
        assertEquals("2020-12-01T21:15Z", parse("١ ديسمبر ٢٠٢٠ الساعة ٠٩:١٥ مساءً"));
    }

    @Test
    void arabicRelativeTimesWithDualsAndWithoutANumber() {
        OffsetDateTime ref = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(ref.minusHours(3), TimestampParser.find("منذ 3 ساعات", ZoneOffset.UTC, ref).orElseThrow().value());
        assertEquals(ref.minusHours(2), TimestampParser.find("منذ ساعتين", ZoneOffset.UTC, ref).orElseThrow().value());
        assertEquals(ref.minusMinutes(5), TimestampParser.find("قبل ٥ دقائق", ZoneOffset.UTC, ref).orElseThrow().value());
        assertEquals(ref.minusDays(1), TimestampParser.find("منذ يوم", ZoneOffset.UTC, ref).orElseThrow().value());
        assertEquals(ref.minusWeeks(2), TimestampParser.find("منذ أسبوعين", ZoneOffset.UTC, ref).orElseThrow().value());
        assertTrue(TimestampParser.isRelative("منذ 4 أشهر"));
        // "before the election" is no time
        assertTrue(TimestampParser.find("قبل الانتخابات", ZoneOffset.UTC, ref).isEmpty());
    }

    @Test
    void aTimeAloneCountsWhereItsMarkSaysItIsOne() {
        assertTrue(TimestampParser.find("Blogger Joe : 11:58 AM", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("Eingestellt von Joe : 11:58 Uhr", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("publié par Joe à 11h58", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("Joe 11:58 h", ZoneOffset.UTC, null).isPresent());
        assertTrue(TimestampParser.find("Joe ١١:٥٨ ص", ZoneOffset.UTC, null).isPresent());
        // a bare "3:16" may be a verse or a score
        assertTrue(TimestampParser.find("John 3:16 says it all", ZoneOffset.UTC, null).isEmpty());
        assertEquals("2020-03-12T14:05Z", parse("le 12 mars 2020 à 14 h 05"));
    }

    @Test
    void aSpanOfDaysIsAnEventNotACommentTime() {
        assertTrue(span("September 12—14, 2011"));
        assertTrue(span("October 31st—November 1st, 2011"));
        assertTrue(span("12.–14. März 2020"));
        assertFalse(span("May 3, 2012 - 10:15 pm"));   // a date and its time
        assertFalse(span("#3 - 14.03.2020 10:15"));     // a comment number before the date
        assertFalse(span("March 3, 2020 - 5 replies"));
        assertFalse(span("3 hours ago — May 3, 2012"));   // a relative time and the date it stands for
        assertFalse(span("Beitrag 12. - 14.03.2012"));    // a post number before a numeric date
    }

    private static boolean span(String text) {
        TimestampParser.Match m = TimestampParser.find(text, ZoneOffset.UTC, null).orElseThrow();
        return TimestampParser.inSpan(text, m);
    }
}
