package io.commentpulse.model;

import io.commentpulse.score.LogOdds;

import java.util.Arrays;

/** The numbers behind evaluation: classification, ranking, calibration and correlation measures. */
public final class Metrics {
    private Metrics() {
    }

    /** Confusion matrix [gold][predicted] for {@code k} classes. */
    public static int[][] confusion(int[] gold, int[] pred, int k) {
        int[][] m = new int[k][k];
        for (int i = 0; i < gold.length; i++) {
            m[gold[i]][pred[i]]++;
        }
        return m;
    }

    /** Per-class precision, recall and F1 from a confusion matrix: [class][0=P,1=R,2=F1]. */
    public static double[][] perClass(int[][] m) {
        int k = m.length;
        double[][] out = new double[k][3];
        for (int c = 0; c < k; c++) {
            int tp = m[c][c];
            int predicted = 0;
            int actual = 0;
            for (int j = 0; j < k; j++) {
                predicted += m[j][c];
                actual += m[c][j];
            }
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = actual == 0 ? 0 : (double) tp / actual;
            out[c] = new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
        return out;
    }

    public static double macro(double[][] perClass, int which) {
        return Arrays.stream(perClass).mapToDouble(r -> r[which]).average().orElse(0);
    }

    public static double accuracy(int[][] m) {
        int ok = 0;
        int all = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                all += m[i][j];
                if (i == j) {
                    ok += m[i][j];
                }
            }
        }
        return all == 0 ? 0 : (double) ok / all;
    }

    /** ROC-AUC by the rank-sum formula, ties shared. NaN when one class is absent. */
    public static double rocAuc(int[] gold, double[] score) {
        int n = gold.length;
        Integer[] idx = sortedIndex(score);
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double r = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                rank[idx[t]] = r;
            }
            i = j + 1;
        }
        long pos = Arrays.stream(gold).filter(g -> g == 1).count();
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int t = 0; t < n; t++) {
            if (gold[t] == 1) {
                sum += rank[t];
            }
        }
        return (sum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
    }

    /** PR-AUC as average precision over the ranking by score. */
    public static double averagePrecision(int[] gold, double[] score) {
        Integer[] idx = sortedIndex(score);
        int n = gold.length;
        long pos = Arrays.stream(gold).filter(g -> g == 1).count();
        if (pos == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        for (int k = n - 1, seen = 1; k >= 0; k--, seen++) {
            if (gold[idx[k]] == 1) {
                tp++;
                ap += (double) tp / seen;
            }
        }
        return ap / pos;
    }

    /** F1 of the positive class when predicting score ≥ threshold. */
    public static double f1At(int[] gold, double[] score, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.length; i++) {
            boolean p = score[i] >= threshold;
            if (p && gold[i] == 1) {
                tp++;
            } else if (p) {
                fp++;
            } else if (gold[i] == 1) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** The threshold (among the scores) that maximises F1 of the positive class. */
    public static double bestThreshold(int[] gold, double[] score) {
        double best = 0.5;
        double bestF1 = -1;
        for (int q = 1; q < 100; q++) {
            double t = q / 100.0;
            double f = f1At(gold, score, t);
            if (f > bestF1) {
                bestF1 = f;
                best = t;
            }
        }
        return best;
    }

    /** Expected calibration error over {@code bins} equal-width bins. */
    public static double ece(int[] gold, double[] score, int bins) {
        double[] conf = new double[bins];
        double[] acc = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < gold.length; i++) {
            int b = Math.min(bins - 1, (int) (score[i] * bins));
            conf[b] += score[i];
            acc[b] += gold[i];
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                e += Math.abs(acc[b] / count[b] - conf[b] / count[b]) * count[b];
            }
        }
        return gold.length == 0 ? Double.NaN : e / gold.length;
    }

    /** Mean squared difference between probability and outcome. */
    public static double brier(int[] gold, double[] score) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) {
            s += (score[i] - gold[i]) * (score[i] - gold[i]);
        }
        return gold.length == 0 ? Double.NaN : s / gold.length;
    }

    /** Mean negative log-likelihood of the outcomes, probabilities clamped as {@link LogOdds#clamp} does. */
    public static double logLoss(int[] gold, double[] score) {
        double s = 0;
        for (int i = 0; i < gold.length; i++) {
            double p = LogOdds.clamp(score[i]);
            s -= gold[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return gold.length == 0 ? Double.NaN : s / gold.length;
    }

    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = sortedIndex(v);
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            for (int t = i; t <= j; t++) {
                r[idx[t]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return r;
    }

    private static Integer[] sortedIndex(double[] score) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        return idx;
    }
}
