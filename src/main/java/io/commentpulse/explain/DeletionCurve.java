package io.commentpulse.explain;

import io.commentpulse.score.Scorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Faithfulness of an explainer: taking out the k words it names as raising concern must lower concern more than
 * taking out k words at random. For each k, the mean drop in concern over the texts, both ways.
 */
public final class DeletionCurve {
    /** One point of the curve: k words taken out; the mean concern drop for the explained and for random words. */
    public record Point(int k, double explainedDrop, double randomDrop, int texts) {
    }

    private final Scorer scorer;
    private final long seed;

    public DeletionCurve(Scorer scorer, long seed) {
        this.scorer = scorer;
        this.seed = seed;
    }

    /** The curve for k = 1…{@code maxK} over {@code texts} (each needs more than k words to count at k). */
    public List<Point> measure(List<String> texts, int maxK) {
        OcclusionExplainer explainer = new OcclusionExplainer(scorer, maxK);
        Random random = new Random(seed);
        double[] explained = new double[maxK + 1];
        double[] randomDrop = new double[maxK + 1];
        int[] counted = new int[maxK + 1];
        for (String text : texts) {
            List<WordSpans.Span> spans = WordSpans.of(text, OcclusionExplainer.MAX_UNITS);
            Explanation e = explainer.explain(List.of(text)).get(0);
            List<Attribution> up = e.concern().stream().filter(a -> a.weight() > 0).toList();
            for (int k = 1; k <= maxK && k < spans.size(); k++) {
                List<int[]> cut = new ArrayList<>();
                for (int i = 0; i < Math.min(k, up.size()); i++) {
                    cut.add(new int[]{up.get(i).start(), up.get(i).end()});
                }
                List<int[]> rnd = new ArrayList<>();
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    order.add(i);
                }
                java.util.Collections.shuffle(order, random);
                for (int i = 0; i < k; i++) {
                    WordSpans.Span s = spans.get(order.get(i));
                    rnd.add(new int[]{s.start(), s.end()});
                }
                List<String> variants = List.of(remove(text, cut), remove(text, rnd));
                var scores = scorer.score(variants);
                explained[k] += e.score().concern() - scores.get(0).concern();
                randomDrop[k] += e.score().concern() - scores.get(1).concern();
                counted[k]++;
            }
        }
        List<Point> out = new ArrayList<>();
        for (int k = 1; k <= maxK; k++) {
            out.add(new Point(k, counted[k] == 0 ? 0 : explained[k] / counted[k],
                    counted[k] == 0 ? 0 : randomDrop[k] / counted[k], counted[k]));
        }
        return out;
    }

    /** The text with the given [start, end) ranges taken out. */
    static String remove(String text, List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder sb = new StringBuilder(text);
        for (int[] r : sorted) {
            sb.replace(r[0], r[1], " ");
        }
        return sb.toString();
    }
}
