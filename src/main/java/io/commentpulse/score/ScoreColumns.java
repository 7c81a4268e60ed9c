package io.commentpulse.score;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The columns {@code score} appends to every row, and their values for one {@link Score}: the sentiment, its three
 * probabilities and score, concern, and {@code concerned} (1 or 0: concern, as written, at or above the scoring
 * model's threshold), so that a spreadsheet, {@code report} and {@code label-queue} count a comment as concerned
 * where the model that scored it does.
 */
public final class ScoreColumns {
    public static final List<String> HEADER = List.of("sentiment", "p_negative", "p_neutral", "p_positive",
            "sentiment_score", "concern", "concerned");

    private static final List<String> UNSCORED = Collections.nCopies(HEADER.size(), "");
    private static final int DIGITS = 4;
    private static final long SCALE = 10_000L;

    private ScoreColumns() {
    }

    /**
     * The seven cells for {@code s}, concerned meaning concern at or above {@code threshold}; seven empty cells for
     * null (a row that was not scored).
     */
    public static List<String> values(Score s, double threshold) {
        if (s == null) {
            return UNSCORED;
        }
        return List.of(s.sentiment().label(), f(s.pNegative()), f(s.pNeutral()), f(s.pPositive()),
                f(s.sentimentScore()), f(s.concern()), concerned(s.concern(), threshold) ? "1" : "0");
    }

    /**
     * Whether {@code concern} as the CSV writes it (four decimals) is at or above {@code threshold}: the file's own
     * concern and concerned cells then never disagree, and reading it back counts the same comments.
     */
    public static boolean concerned(double concern, double threshold) {
        return Math.round(concern * SCALE) / (double) SCALE >= threshold;
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
