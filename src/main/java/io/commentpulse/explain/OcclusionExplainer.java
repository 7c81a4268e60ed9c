package io.commentpulse.explain;

import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Leave-one-out occlusion: each word, and each pair of neighbouring words, is taken out of the comment and the
 * comment scored again; a span's weight is how much the score drops without it. Exact for what the model does (no
 * gradient or surrogate), at the cost of one rescoring per word and pair, batched through the scorer. A pair is
 * reported only when it means more than its words apart ("not good", "how long"), by at least {@value #PAIR_GAIN}.
 */
public final class OcclusionExplainer implements Explainer {
    static final int MAX_UNITS = 64;
    static final double PAIR_GAIN = 0.05;
    static final double MIN_WEIGHT = 0.01;

    private final Scorer scorer;
    private final int top;

    public OcclusionExplainer(Scorer scorer, int top) {
        this.scorer = scorer;
        this.top = top;
    }

    @Override
    public List<Explanation> explain(List<String> texts) {
        List<Explanation> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(explain(text));
        }
        return out;
    }

    private Explanation explain(String text) {
        List<WordSpans.Span> spans = WordSpans.of(text, MAX_UNITS);
        List<String> variants = new ArrayList<>();
        variants.add(text);
        for (int i = 0; i < spans.size(); i++) {
            variants.add(WordSpans.without(text, spans, i, i));
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            variants.add(WordSpans.without(text, spans, i, i + 1));
        }
        List<Score> s = scorer.score(variants);
        Score full = s.get(0);
        int n = spans.size();
        List<Attribution> concern = new ArrayList<>();
        List<Attribution> sentiment = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Score without = s.get(1 + i);
            concern.add(attribution(text, spans, i, i, full.concern() - without.concern()));
            sentiment.add(attribution(text, spans, i, i, full.sentimentScore() - without.sentimentScore()));
        }
        for (int i = 0; i + 1 < n; i++) {
            Score without = s.get(1 + n + i);
            double c = full.concern() - without.concern();
            if (Math.abs(c) > Math.max(Math.abs(concern.get(i).weight()), Math.abs(concern.get(i + 1).weight())) + PAIR_GAIN) {
                concern.add(attribution(text, spans, i, i + 1, c));
            }
            double t = full.sentimentScore() - without.sentimentScore();
            if (Math.abs(t) > Math.max(Math.abs(sentiment.get(i).weight()), Math.abs(sentiment.get(i + 1).weight())) + PAIR_GAIN) {
                sentiment.add(attribution(text, spans, i, i + 1, t));
            }
        }
        return new Explanation(full, strongest(concern, top), strongest(sentiment, top));
    }

    private static Attribution attribution(String text, List<WordSpans.Span> spans, int from, int to, double w) {
        int start = spans.get(from).start();
        int end = spans.get(to).end();
        return new Attribution(text.substring(start, end), start, end, w);
    }

    /** The {@code k} spans with the largest effect, not overlapping each other, none below {@value #MIN_WEIGHT}. */
    static List<Attribution> strongest(List<Attribution> all, int k) {
        List<Attribution> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Attribution a) -> -Math.abs(a.weight())));
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : sorted) {
            if (out.size() == k || Math.abs(a.weight()) < MIN_WEIGHT) {
                break;
            }
            if (out.stream().noneMatch(b -> a.start() < b.end() && b.start() < a.end())) {
                out.add(a);
            }
        }
        return out;
    }
}
