package io.commentpulse.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.score.Score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Base versus new model on the same labeled rows: each headline metric for both, the change, and a 95% paired
 * bootstrap interval of the change (rows resampled with replacement, same resample for both models).
 */
public final class Comparison {
    /** One metric's comparison. */
    public record Row(String data, String metric, double base, double candidate, double change, double low, double high) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Scores every set with both models and compares them. */
    public static Comparison of(Map<String, List<LabeledExample>> sets, io.commentpulse.score.Scorer base, double baseThreshold,
                                io.commentpulse.score.Scorer candidate, double candidateThreshold, int resamples, long seed) {
        Comparison c = new Comparison();
        for (Map.Entry<String, List<LabeledExample>> e : sets.entrySet()) {
            List<String> texts = e.getValue().stream().map(LabeledExample::text).toList();
            c.add(e.getKey(), e.getValue(), base.score(texts), candidate.score(texts), baseThreshold, candidateThreshold,
                    resamples, seed);
        }
        return c;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Adds the headline metrics of one data set. */
    public void add(String name, List<LabeledExample> gold, List<Score> base, List<Score> candidate, double baseThreshold,
                    double candidateThreshold, int resamples, long seed) {
        Map<String, Double> b = Evaluator.of(name, gold, base, baseThreshold).headline();
        Map<String, Double> c = Evaluator.of(name, gold, candidate, candidateThreshold).headline();
        Map<String, List<Double>> diffs = new LinkedHashMap<>();
        Random rnd = new Random(seed);
        int n = gold.size();
        for (int r = 0; r < resamples; r++) {
            List<LabeledExample> g = new ArrayList<>(n);
            List<Score> bs = new ArrayList<>(n);
            List<Score> cs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = rnd.nextInt(n);
                g.add(gold.get(k));
                bs.add(base.get(k));
                cs.add(candidate.get(k));
            }
            Map<String, Double> hb = Evaluator.of(name, g, bs, baseThreshold).headline();
            Map<String, Double> hc = Evaluator.of(name, g, cs, candidateThreshold).headline();
            for (String m : hb.keySet()) {
                if (hc.containsKey(m) && !hb.get(m).isNaN() && !hc.get(m).isNaN()) {
                    diffs.computeIfAbsent(m, x -> new ArrayList<>()).add(hc.get(m) - hb.get(m));
                }
            }
        }
        for (String m : b.keySet()) {
            if (!c.containsKey(m)) {
                continue;
            }
            List<Double> d = diffs.getOrDefault(m, List.of());
            double[] sorted = d.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double low = sorted.length == 0 ? Double.NaN : sorted[(int) Math.floor(0.025 * (sorted.length - 1))];
            double high = sorted.length == 0 ? Double.NaN : sorted[(int) Math.ceil(0.975 * (sorted.length - 1))];
            rows.add(new Row(name, m, b.get(m), c.get(m), c.get(m) - b.get(m), low, high));
        }
    }

    /** Rows where the candidate is worse than the base by more than {@code tolerance}. */
    public List<Row> regressions(double tolerance) {
        return rows.stream().filter(r -> r.change() < -tolerance).toList();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %-24s %8s %8s %8s  %s%n", "data", "metric",
                "base", "new", "change", "95% CI of change"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-24s %-24s %8.4f %8.4f %+8.4f  [%+.4f, %+.4f]%n", r.data(), r.metric(),
                    r.base(), r.candidate(), r.change(), r.low(), r.high()));
        }
        return sb.toString();
    }

    public ArrayNode toJson() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Row r : rows) {
            ObjectNode o = a.addObject();
            o.put("data", r.data());
            o.put("metric", r.metric());
            o.put("base", round(r.base()));
            o.put("new", round(r.candidate()));
            o.put("change", round(r.change()));
            o.put("ci95_low", round(r.low()));
            o.put("ci95_high", round(r.high()));
        }
        return a;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
