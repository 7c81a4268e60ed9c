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
        int said = 0;
        for (String l : lines) {
            boolean matches = TextBylines.SAID.matcher(l).matches();
            said += matches ? 1 : 0;
            assertEquals(matches, TextBylines.saidLine(l) != null, l);
        }
        assertTrue(lines.size() > 50_000, "lines read: " + lines.size());
        assertTrue(said > 100, "lines that say who spoke: " + said);
    }
}
