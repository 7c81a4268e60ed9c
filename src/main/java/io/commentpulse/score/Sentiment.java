package io.commentpulse.score;

import java.util.Locale;

/** The three sentiment classes, in the order of the model's softmax output. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a canonical label exactly: {@code negative}, {@code neutral} or {@code positive}. */
    public static Sentiment parse(String s) {
        for (Sentiment v : values()) {
            if (v.label().equals(s)) {
                return v;
            }
        }
        return null;
    }
}
