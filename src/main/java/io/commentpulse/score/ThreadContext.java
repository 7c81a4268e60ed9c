package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Concern read in its thread: how worried the other readers of the same article are moves each reader's concern.
 * Whether "a new Cold War" or "here we go again" is worry depends on the story, which the text alone does not show;
 * the other comments under it do. With {@code l} the log-odds of a comment's own (calibrated) concern and {@code m}
 * the mean log-odds of the other comments of its thread,
 * <pre>  concern = σ(slope · l + weight · (n − 1) / (n − 1 + shrink) · (m − center) + intercept)</pre>
 * where {@code n} is the thread's size: a thread of two moves its comments a little, a long one fully. The comment's
 * own score is never part of its context, so a lone worried reader does not lift himself. Comments with no thread
 * (no article) keep their own concern. Fitted by {@code pulse calibrate --thread-context} on labeled comments that
 * name their thread; stored in the manifest as {@value #KEY}. Rankings change (that is the point), so ROC-AUC is
 * measured with it on and off ({@code pulse evaluate --thread-context}).
 */
public record ThreadContext(double slope, double weight, double intercept, double center, double shrink) {
    public static final String KEY = "concern_thread";

    /**
     * Concern is read no closer to 0 or 1 than this: a scored CSV keeps four decimals, so "0.0000" stands for anything
     * below 0.00005, and the thread read from that file must be the one read from the exact scores.
     */
    static final double FLOOR = 0.00005;

    public ThreadContext {
        for (double v : new double[]{slope, weight, intercept, center, shrink}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("thread context needs finite numbers, got slope " + slope
                        + ", weight " + weight + ", intercept " + intercept + ", center " + center + ", shrink " + shrink);
            }
        }
        if (!(slope > 0) || shrink < 0) {
            throw new IllegalArgumentException("thread context needs a positive slope and a shrink of 0 or more, got slope "
                    + slope + ", shrink " + shrink);
        }
    }

    /** The log-odds a comment's concern counts with, here and in its thread's mean (clamped to [FLOOR, 1 − FLOOR]). */
    public static double logOdds(double p) {
        return LogOdds.logit(Math.min(1 - FLOOR, Math.max(FLOOR, p)));
    }

    /**
     * The context term of each comment: 0 for a comment with no thread ({@code null} or blank) or alone in it, else
     * {@code (n − 1) / (n − 1 + shrink) · (m − center)}, {@code m} the mean log-odds of the thread's other comments.
     */
    public static double[] contextOf(List<String> threads, double[] logOdds, double center, double shrink) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < logOdds.length; i++) {
            String t = threads.get(i);
            if (t != null && !t.isBlank()) {
                double[] s = sums.computeIfAbsent(t, k -> new double[2]);
                s[0] += logOdds[i];
                s[1]++;
            }
        }
        double[] d = new double[logOdds.length];
        for (int i = 0; i < logOdds.length; i++) {
            String t = threads.get(i);
            double[] s = t == null || t.isBlank() ? null : sums.get(t);
            d[i] = s == null ? 0 : term(s[0] - logOdds[i], s[1] - 1, center, shrink);
        }
        return d;
    }

    /** The context term of a comment whose {@code others} other comments have log-odds summing to {@code sum}. */
    static double term(double sum, double others, double center, double shrink) {
        return others <= 0 ? 0 : others / (others + shrink) * (sum / others - center);
    }

    /**
     * Each comment's concern in its thread, given its own concern {@code p} (as the model reads the text alone).
     * {@code threads} names each comment's thread; a comment without one keeps {@code p}.
     */
    public double[] apply(List<String> threads, double[] p) {
        double[] l = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            l[i] = logOdds(p[i]);
        }
        double[] d = contextOf(threads, l, center, shrink);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            String t = threads.get(i);
            out[i] = t == null || t.isBlank() ? p[i] : LogOdds.sigmoid(slope * l[i] + weight * d[i] + intercept);
        }
        return out;
    }

    /** One comment's concern in its thread, given the sum and count of the log-odds of the thread's others. */
    public double apply(double p, double othersSum, double others) {
        return LogOdds.sigmoid(slope * logOdds(p) + weight * term(othersSum, others, center, shrink) + intercept);
    }

    public ObjectNode toJson(ObjectNode o) {
        o.put("slope", slope);
        o.put("weight", weight);
        o.put("intercept", intercept);
        o.put("center", center);
        o.put("shrink", shrink);
        return o;
    }

    /** The thread context a manifest holds, if any; a malformed one is an error, not silently ignored. */
    public static Optional<ThreadContext> of(JsonNode manifest) {
        JsonNode c = manifest.path(KEY);
        if (c.isMissingNode() || c.isNull()) {
            return Optional.empty();
        }
        for (String k : new String[]{"slope", "weight", "intercept", "center", "shrink"}) {
            if (!c.path(k).isNumber()) {
                throw new IllegalArgumentException(KEY + " needs a numeric " + k);
            }
        }
        return Optional.of(new ThreadContext(c.path("slope").asDouble(), c.path("weight").asDouble(),
                c.path("intercept").asDouble(), c.path("center").asDouble(), c.path("shrink").asDouble()));
    }
}
