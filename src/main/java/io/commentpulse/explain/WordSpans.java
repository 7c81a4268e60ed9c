package io.commentpulse.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a comment is explained in: its words (letters and digits, with inner apostrophes) and symbols such as
 * emoji. A comment of more than {@code max} words is explained in runs of consecutive words instead, so that a very
 * long text costs at most {@code max} rescorings.
 */
final class WordSpans {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[\\p{So}\\p{Sk}]+");

    /** A span of the text: [start, end). */
    record Span(int start, int end) {
    }

    private WordSpans() {
    }

    static List<Span> of(String text, int max) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        if (words.size() <= max) {
            return words;
        }
        int per = (words.size() + max - 1) / max;
        List<Span> runs = new ArrayList<>();
        for (int i = 0; i < words.size(); i += per) {
            runs.add(new Span(words.get(i).start(), words.get(Math.min(words.size(), i + per) - 1).end()));
        }
        return runs;
    }

    /** The text with the spans from {@code from} to {@code to} (inclusive) taken out. */
    static String without(String text, List<Span> spans, int from, int to) {
        return text.substring(0, spans.get(from).start()) + " " + text.substring(spans.get(to).end());
    }
}
