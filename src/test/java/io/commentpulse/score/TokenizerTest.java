package io.commentpulse.score;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
