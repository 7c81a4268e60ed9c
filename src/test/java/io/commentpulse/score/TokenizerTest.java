package io.commentpulse.score;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    @Test
    void tagsAndNormalises() {
        assertEquals(List.of("<user>", "this", "is", "soo", "<elong>", "good", "<smile>", "<url>"),
                Tokenizer.tokenize("@bob this is sooooo good :) https://x.co/abc"));
        assertEquals(List.of("i", "do", "not", "like", "<name>", "!", "<repeat>"), Tokenizer.tokenize("I don't like [NAME]!!!"));
        assertEquals(List.of("<allcaps>", "scary", "<hashtag>", "worry", "<sad>"), Tokenizer.tokenize("SCARY #worry :("));
        assertEquals(List.of("can", "not", "will", "not", "<heart>"), Tokenizer.tokenize("can't won't <3"));
        assertEquals(List.of("10/10", "🙂"), Tokenizer.tokenize("10/10 🙂"));
    }

    @Test
    void shoutingAndElongationBeyondAscii() {
        // Shouting: three or more characters that upper-casing leaves unchanged and lower-casing changes (so "STRAßE",
        // which upper-cases to "STRASSE", and "AAAa" are not shouted; "I'M" is).
        assertEquals(List.of("straße", "<allcaps>", "ängst", "aa", "<elong>", "ok", "<allcaps>", "i", "'m"),
                Tokenizer.tokenize("STRAßE ÄNGST AAAa OK I'M"));
        // Elongation: any letter three times in a row, accented or not, shortened to two.
        assertEquals(List.of("neein", "<elong>", "sehr", "schöön", "<elong>", "aa"), Tokenizer.tokenize("neeein sehr schööön aa"));
    }

    /**
     * The hand-written scanner must find exactly the tokens of the pattern it speeds up (models store "tok-v1", so
     * any difference would change what a saved model sees). Random strings over the characters that decide between
     * the pattern's alternatives (URL and emoticon starts, digits, apostrophes, combining marks, emoji, full-width
     * letters) and every line of the seed pages are tokenized both ways.
     */
    @Test
    void fastScannerFindsThePatternsTokens() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                texts.addAll(Files.readAllLines(p));
            }
        }
        String alphabet = "aAhxXw8 9.,:;=!?-\"()[]<>^_3dDpP/\\|*o'’#@…éü\u0301😀ＡＢ%\t\nNAME";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(7);
        for (int k = 0; k < 300_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int len = random.nextInt(16); len > 0; len--) {
                switch (random.nextInt(10)) {
                    case 0 -> sb.append("http://");
                    case 1 -> sb.append("www.");
                    default -> sb.appendCodePoint(cps[random.nextInt(cps.length)]);
                }
            }
            texts.add(sb.toString());
        }
        int tokens = 0;
        for (String t : texts) {
            List<String> fast = Tokenizer.tokenize(t);
            assertEquals(Tokenizer.tokenizeByPattern(t), fast, () -> "text [" + t + "]");
            tokens += fast.size();
        }
        assertTrue(tokens > 500_000, "the strings exercised the scanner: " + tokens + " tokens");
    }
}
