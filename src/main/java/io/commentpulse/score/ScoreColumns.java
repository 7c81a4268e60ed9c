package io.commentpulse.score;

import java.util.List;
import java.util.Locale;

/** The columns {@code score} appends to every row, and their values for one {@link Score}. */
public final class ScoreColumns {
    public static final List<String> HEADER = List.of("sentiment", "p_negative", "p_neutral", "p_positive",
            "sentiment_score", "concern");

    private ScoreColumns() {
    }

    public static List<String> values(Score s) {
        return List.of(s.sentiment().label(), f(s.pNegative()), f(s.pNeutral()), f(s.pPositive()),
                f(s.sentimentScore()), f(s.concern()));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
