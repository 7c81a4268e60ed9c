package io.commentpulse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor's quick ways past a text (a test that tells, without running a pattern, that it cannot match) let
 * through every text the pattern matches, and the answers it keeps are the answers it would work out again.
 */
class QuickTestsTest {

    @Test
    void aSayingWordIsFoundAtTheEndOfALineWithTheMarksAndSpacesAfterIt() {
        List<String> words = TextEnds.words(CueWords.SAYS);
        List<String> marks = List.of("...", "…", ":", ",");
        assertTrue(words.contains("said") && words.contains("a dit") && words.contains("replied"), words.toString());
        assertTrue(TextEnds.endsWithWord("Ann said:", words, marks));
        assertTrue(TextEnds.endsWithWord("Cleo a dit :  ", words, marks));
        assertTrue(TextEnds.endsWithWord("BOB SAYS...", words, marks));
        assertFalse(TextEnds.endsWithWord("Ann said.", words, marks), "a full stop is no mark a byline ends with");
        assertFalse(TextEnds.endsWithWord("Ann said...:", words, marks), "one mark only");
        assertFalse(TextEnds.endsWithWord("I said it twice", words, marks));
        assertTrue(TextEnds.lineEndsWithWord("Posted at noon\nAnn said:\nHello", words, marks));
        assertFalse(TextEnds.lineEndsWithWord("Posted at noon\nHello, said Ann today\n", words, marks));
        assertThrows(IllegalArgumentException.class, () -> TextEnds.words("sa(?:y|id)s?"));
    }

    @Test
    void theLastCharacterIsReadBeforeTheLineBreaksADollarSignMayStandBefore() {
        assertEquals('★', TextEnds.last("Brandon ★\u2028"));
        assertEquals('n', TextEnds.last("Ann"));
        assertEquals(0, TextEnds.last("\n"));
    }

    @Test
    void anAnswerKeptIsTheAnswerWorkedOutAndEachIsWorkedOutOncePerThreadUntilTheMemoryIsFull() {
        AtomicInteger asked = new AtomicInteger();
        Answers<String, Integer> lengths = new Answers<>(s -> {
            asked.incrementAndGet();
            return s.length();
        }, 2);
        assertEquals(3, lengths.of("abc"));
        assertEquals(3, lengths.of("abc"));
        assertEquals(1, asked.get());
        lengths.of("de");
        lengths.of("fgh");   // the memory was full: emptied, then this answer kept
        assertEquals(3, asked.get());
        assertEquals(2, lengths.of("de"));
        assertEquals(4, asked.get());
    }

    @Test
    void aDateFoundTwiceIsTheSameDateAndALongTextIsParsedAsAShortOneIs() {
        String line = "Sana6. Juni 2015 um 14:05 Uhr";
        assertEquals(TimestampParser.find(line, ZoneOffset.UTC, null), TimestampParser.find(line, ZoneOffset.UTC, null));
        String text = "x".repeat(2_000) + " posted on March 3, 2012 at 6:00 AM";
        TimestampParser.Match far = TimestampParser.find(text, ZoneOffset.UTC, null).orElseThrow();
        assertEquals("March 3, 2012 at 6:00 AM", far.raw());
        assertTrue(TimestampParser.longNumber("1".repeat(50)));
        assertFalse(TimestampParser.longNumber("12345 " + "6".repeat(49)));
        assertEquals(5, TimestampParser.visibleChars(" a b\tc\nd e "));
    }

    /** Every line of the real text dumps: the quick test and the pattern agree on which lines say who spoke. */
    @Test
    void theSaidLineTestAgreesWithItsPatternOnEveryLineOfTheRealTextDumps() throws IOException {
        List<String> lines = realLines();
        int said = 0;
        for (String l : lines) {
            boolean matches = TextBylines.SAID.matcher(l).matches();
            said += matches ? 1 : 0;
            assertEquals(matches, TextBylines.saidLine(l) != null, l);
        }
        assertTrue(lines.size() > 50_000, "lines read: " + lines.size());
        assertTrue(said > 100, "lines that say who spoke: " + said);
    }

    /** Every line of the real text dumps (pages-dev's and the pool's gold texts), stripped. */
    private static List<String> realLines() throws IOException {
        Path shared = Path.of("..", "shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("pages-dev")), "../shared not present");
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("pages-dev/text"), shared.resolve("pages-pool"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().map(String::strip).forEach(lines::add);
                }
            }
        }
        return lines;
    }

    /** The first non-empty word of the split the control tests make, or "" without one. */
    private static String splitFirst(String text, boolean hyphens, boolean gluedCapitals) {
        String t = gluedCapitals ? AuthorNames.GLUED_CAPITALS.matcher(text).replaceAll(" ") : text;
        for (String w : t.toLowerCase(java.util.Locale.ROOT).split(hyphens ? "[^\\p{L}-]+" : "[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                return w;
            }
        }
        return "";
    }

    @Test
    void theFirstWordReadFromTheStartIsTheFirstWordOfTheSplitOrNothing() {
        assertEquals("a", FirstWord.of("AReduce font size", true, true));
        assertEquals("areduce", FirstWord.of("AReduce font size", true, false));
        assertEquals("e-mail", FirstWord.of("  E-mail this", true, false));
        assertEquals("e", FirstWord.of("E-mail this", false, false));
        assertEquals("reply", FirstWord.of("— Reply", true, true), "a dash and a space before it");
        assertEquals("reply", FirstWord.of("“Reply…”", true, true));
        assertEquals("", FirstWord.of(" 12 / 3 ", true, true));
        assertEquals(null, FirstWord.of("Über uns", true, true), "a letter of another script may open the word");
        assertEquals(null, FirstWord.of("Café crème", true, true), "the word may go on in another script");
        assertEquals(null, FirstWord.of("ABé", true, true));
        assertEquals(null, FirstWord.of("Ⓐ Reply", true, true), "a sign with a lower case of its own");
        for (String t : List.of("AReduce font size", "  E-mail this", "E-mail this", "— Reply", "“Reply…”", " 12 / 3 ", "ABCdef",
                "AB-c", "A", "• Ⓐ Reply", "Ⅸ Reply")) {
            for (boolean h : new boolean[]{true, false}) {
                for (boolean g : new boolean[]{true, false}) {
                    String w = FirstWord.of(t, h, g);
                    assertTrue(w == null || w.equals(splitFirst(t, h, g)), t + " " + h + " " + g + ": " + w);
                }
            }
        }
    }

    /** On every line of the real text dumps the first word read from the start is the split's, where it is told. */
    @Test
    void theFirstWordAgreesWithTheSplitOnEveryLineOfTheRealTextDumps() throws IOException {
        int told = 0;
        List<String> lines = realLines();
        for (String l : lines) {
            for (boolean h : new boolean[]{true, false}) {
                for (boolean g : new boolean[]{true, false}) {
                    String w = FirstWord.of(l, h, g);
                    if (w != null) {
                        told++;
                        assertEquals(splitFirst(l, h, g), w, l);
                    }
                }
            }
        }
        assertTrue(told > lines.size() * 4 * 0.7, "told on " + told + " of " + lines.size() * 4);
    }

    /** Words counted without splitting, and runs of white space collapsed, as the regex does them on every real line. */
    @Test
    void spacesCountAndCollapseAsTheRegexDoes() throws IOException {
        List<String> cases = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", " a b ", "a\tb\n\nc", "\u00a0a b",
                "a\u2028b", " \n "));
        cases.addAll(realLines());
        for (String t : cases) {
            assertEquals(t.split("\\s+").length, Spaces.count(t), t);
            assertEquals(t.replaceAll("\\s+", " "), Spaces.collapsed(t), t);
            assertEquals(t.replaceAll("\\s+", ""), Spaces.removed(t), t);
        }
        assertEquals(0, Spaces.count("  "));
        assertEquals(1, Spaces.count(""));
        assertEquals(2, Spaces.count(" a"));
    }

    /** A date running on to the next line is told from the line's end as the whole-line pattern tells it. */
    @Test
    void aDanglingDateIsToldFromItsEndAsTheWholeLinePatternTellsIt() throws IOException {
        List<String> cases = new ArrayList<>(List.of("November 3, 2012 at", "9. März 2015 um", "12 juin 2014 à",
                "That", "2012 cat", "3 Mar,\n", "3 Mar,\u2028x,", "7 — ", "٣ مارس الساعة", "No digit here,"));
        cases.addAll(realLines());
        int dangling = 0;
        for (String l : cases) {
            boolean whole = CopyLines.DANGLING.matcher(l).matches();
            dangling += whole ? 1 : 0;
            assertEquals(whole, CopyLines.dangling(l), l);
        }
        assertTrue(dangling > 20, "dangling lines: " + dangling);
    }

    /** A name printed twice is told by comparing halves, as the backreference pattern tells it, on every real line. */
    @Test
    void aNameTwiceIsToldAsTheBackreferencePatternTellsIt() throws IOException {
        List<String> cases = new ArrayList<>(List.of("Ann Lee Ann Lee", "Ann Ann", "A A", "Ann  Ann", "Ann Lee Ann",
                "a\u2028 a\u2028", "x\ny x\ny", "  ", " ", "", "ab ab ab"));
        cases.addAll(realLines());
        int twice = 0;
        for (String l : cases) {
            java.util.regex.Matcher m = TextBylines.TWICE.matcher(l);
            String expected = m.matches() ? m.group(1) : null;
            twice += expected != null ? 1 : 0;
            assertEquals(expected, TextBylines.twice(l), l);
        }
        assertTrue(twice >= 3, "names twice: " + twice);
    }

    /** The published label as first looked for: every label of the text found, those far into their line passed over. */
    private static DataTimestamps.Parsed publishedByScan(String text) {
        java.util.regex.Matcher m = ArticleMetadata.PUBLISHED_LABEL.matcher(TimestampParser.fold(text));
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (m.start() - lineStart > 3) {
                continue;
            }
            int end = text.indexOf('\n', m.end());
            java.util.Optional<TimestampParser.Match> d = TimestampParser.find(text.substring(m.end(), end < 0 ? text.length() : end),
                    ZoneOffset.UTC, null);
            if (d.isPresent() && d.get().start() == 0 && d.get().value() != null) {
                return new DataTimestamps.Parsed(d.get().value(), false, DataTimestamps.isDateOnly(d.get().value(), d.get().raw()));
            }
        }
        return null;
    }

    /** Labels tried only near their line's start find what a scan of every label finds, on every real page's text. */
    @Test
    void thePublishedLabelTriedOnlyNearALineStartFindsWhatAScanOfEveryLabelFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "Published: 13 Sep 2023, 3:51 PM", "• Posted on June 4, 2012",
                "xx updated\n  on 5 May 2014", "Updated\n on\n date: 5 May 2014", "    posted 5 May 2014",
                "updated 2014-05-05 and\n published 2012-01-01", "   updated\n date 2013-02-02", "a posted\ndate 2013-02-02"));
        Path shared = Path.of("..", "shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("pages-dev")), "../shared not present");
        for (Path dir : List.of(shared.resolve("pages-dev"), shared.resolve("pages-dev/text"), shared.resolve("pages-pool"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList()) {
                    String page = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    texts.add(f.toString().endsWith(".html") ? HtmlText.of(org.jsoup.Jsoup.parse(page).body()) : page);
                }
            }
        }
        int dated = 0;
        for (String t : texts) {
            DataTimestamps.Parsed expected = publishedByScan(t);
            dated += expected != null ? 1 : 0;
            assertEquals(expected, ArticleMetadata.visiblePublished(t, ZoneOffset.UTC), t.length() > 200 ? t.substring(0, 200) : t);
        }
        assertTrue(dated > 30, "texts with a published label and date: " + dated);
    }
}
