package io.commentpulse.model;

import io.commentpulse.score.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the comments whose labels would teach the model most: uncertain sentiment (high entropy of the three
 * probabilities) or concern near the threshold, while staying diverse: a candidate too similar (word-bigram
 * Jaccard) to one already picked is passed over.
 */
public final class LabelQueue {
    /** A scored comment offered for labeling. */
    public record Candidate(String id, String text, double pNegative, double pNeutral, double pPositive, double concern) {
        double sentimentUncertainty() {
            double h = 0;
            for (double p : new double[]{pNegative, pNeutral, pPositive}) {
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            return h / Math.log(3);
        }

        double concernUncertainty(double threshold) {
            double d = Math.abs(concern - threshold) / Math.max(threshold, 1 - threshold);
            return 1 - Math.min(1, d);
        }
    }

    /** A picked comment with the reason it was picked. */
    public record Pick(Candidate candidate, double uncertainty) {
    }

    private final double threshold;
    private final double maxSimilarity;

    public LabelQueue(double threshold, double maxSimilarity) {
        this.threshold = threshold;
        this.maxSimilarity = maxSimilarity;
    }

    public List<Pick> select(List<Candidate> all, int n) {
        List<Pick> ranked = new ArrayList<>(all.size());
        for (Candidate c : all) {
            ranked.add(new Pick(c, Math.max(c.sentimentUncertainty(), c.concernUncertainty(threshold))));
        }
        ranked.sort(Comparator.comparingDouble(Pick::uncertainty).reversed().thenComparing(p -> p.candidate().id()));
        List<Pick> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        for (Pick p : ranked) {
            if (out.size() >= n) {
                break;
            }
            if (p.candidate().text().isBlank()) {
                continue;
            }
            Set<String> shingles = shingles(p.candidate().text());
            boolean nearDuplicate = false;
            for (Set<String> s : chosen) {
                if (jaccard(s, shingles) > maxSimilarity) {
                    nearDuplicate = true;
                    break;
                }
            }
            if (!nearDuplicate) {
                out.add(p);
                chosen.add(shingles);
            }
        }
        return out;
    }

    static Set<String> shingles(String text) {
        List<String> t = Tokenizer.tokenize(text);
        Set<String> s = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            s.add(i + 1 < t.size() ? t.get(i) + " " + t.get(i + 1) : t.get(i));
        }
        return s;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
