package io.commentpulse.explain;

import io.commentpulse.score.Score;

import java.util.List;
import java.util.Locale;

/**
 * The score of one comment and the spans that moved it most: for concern (0…1) and for the sentiment score
 * (p_positive − p_negative, −1…1), each ordered by the size of its effect.
 */
public record Explanation(Score score, List<Attribution> concern, List<Attribution> sentiment) {
    public Explanation {
        concern = List.copyOf(concern);
        sentiment = List.copyOf(sentiment);
    }

    /** "scary(+0.41) serious(+0.22)": spans with their signed weights, as the CSV columns show them. */
    public static String because(List<Attribution> spans) {
        StringBuilder sb = new StringBuilder();
        for (Attribution a : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(a.span().replaceAll("\\s+", " ")).append(String.format(Locale.ROOT, "(%+.2f)", a.weight()));
        }
        return sb.toString();
    }
}
