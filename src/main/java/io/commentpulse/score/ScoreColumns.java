package io.commentpulse.score;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The columns {@code score} appends to every row, and their values for one {@link Score}. */
public final class ScoreColumns {
    public static final List<String> HEADER = List.of("sentiment", "p_negative", "p_neutral", "p_positive",
            "sentiment_score", "concern");

    private static final List<String> UNSCORED = Collections.nCopies(HEADER.size(), "");
    private static final int DIGITS = 4;
    private static final long SCALE = 10_000L;

    private ScoreColumns() {
    }

    /** The six cells for {@code s}; six empty cells for null (a row that was not scored). */
    public static List<String> values(Score s) {
        if (s == null) {
            return UNSCORED;
        }
        return List.of(s.sentiment().label(), f(s.pNegative()), f(s.pNeutral()), f(s.pPositive()),
                f(s.sentimentScore()), f(s.concern()));
    }

    /**
     * Whether a row read back from a scored CSV is one {@code score} left unscored (empty text): its score cells are
     * all empty. {@code cell} gives a row's value in a named column ("" for a column the file lacks).
     */
    public static boolean unscored(java.util.function.UnaryOperator<String> cell) {
        for (String c : HEADER) {
            if (!cell.apply(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code v} with four decimals, rounded half away from zero, without {@link String#format}: formatting was a
     * third of the writing thread's time when scoring a large file. A value that rounds to zero is written
     * "0.0000", never "-0.0000".
     */
    static String f(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e9) {
            return String.format(Locale.ROOT, "%." + DIGITS + "f", v);
        }
        long q = Math.round(Math.abs(v) * SCALE);
        boolean negative = v < 0 && q != 0;
        long whole = q / SCALE;
        long frac = q % SCALE;
        StringBuilder b = new StringBuilder(DIGITS + 4);
        if (negative) {
            b.append('-');
        }
        b.append(whole).append('.');
        for (long p = SCALE / 10; p > 1 && frac < p; p /= 10) {
            b.append('0');
        }
        return b.append(frac).toString();
    }
}
