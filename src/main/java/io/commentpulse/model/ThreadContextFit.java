package io.commentpulse.model;

import io.commentpulse.score.LogOdds;
import io.commentpulse.score.ThreadContext;

import java.util.List;

/**
 * Fits a {@link ThreadContext} to labeled comments that name their thread: logistic regression of the label on a
 * comment's own concern log-odds and the context term of its thread (the shrunk mean log-odds of the thread's other
 * comments), with Platt's smoothed targets as {@link PlattScaling}. Only rows with a thread are used, since only they
 * are read with it. Newton's method with step halving; deterministic.
 */
public final class ThreadContextFit {
    /** Threads of two or more labeled comments needed for the context weight to mean anything. */
    public static final int MIN_THREADS = 5;

    private ThreadContextFit() {
    }

    /**
     * The fit on rows {@code i} whose {@code threads.get(i)} is set; {@code p} their concern as the model reads the
     * text alone (calibrated), {@code gold} their labels; {@code shrink} as {@link ThreadContext}.
     */
    public static ThreadContext fit(List<String> threads, double[] p, int[] gold, double shrink)
            throws PlattScaling.CannotFitException {
        int all = p.length;
        int n = 0;
        java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
        for (int i = 0; i < all; i++) {
            if (has(threads.get(i))) {
                n++;
                sizes.merge(threads.get(i), 1, Integer::sum);
            }
        }
        long multi = sizes.values().stream().filter(s -> s >= 2).count();
        if (multi < MIN_THREADS) {
            throw new PlattScaling.CannotFitException("needs at least " + MIN_THREADS + " threads with two or more "
                    + "labeled comments (a thread column), got " + multi);
        }
        double[] l = new double[all];
        double center = 0;
        for (int i = 0; i < all; i++) {
            l[i] = ThreadContext.logOdds(p[i]);
            if (has(threads.get(i))) {
                center += l[i];
            }
        }
        center /= n;
        double[] d = ThreadContext.contextOf(threads, l, center, shrink);
        double[][] x = new double[n][];
        double[] t = new double[n];
        int pos = 0;
        for (int i = 0, k = 0; i < all; i++) {
            if (has(threads.get(i))) {
                x[k] = new double[]{l[i], d[i], 1};
                t[k] = gold[i];
                pos += gold[i];
                k++;
            }
        }
        if (pos == 0 || pos == n) {
            throw new PlattScaling.CannotFitException("needs concerned and unconcerned rows in threads, got " + pos
                    + " of " + n + " concerned");
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (n - pos + 2.0);
        for (int k = 0; k < n; k++) {
            t[k] = t[k] == 1 ? hi : lo;
        }
        double[] w = {1, 0, 0};
        double loss = loss(x, t, w);
        for (int iter = 0; iter < 100; iter++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int k = 0; k < n; k++) {
                double q = LogOdds.sigmoid(dot(w, x[k]));
                double r = q - t[k];
                double v = q * (1 - q);
                for (int a = 0; a < 3; a++) {
                    g[a] += r * x[k][a];
                    for (int b = 0; b < 3; b++) {
                        h[a][b] += v * x[k][a] * x[k][b];
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                h[a][a] += 1e-9;
            }
            double[] step = solve(h, g);
            double size = 1;
            double[] next = {w[0] - step[0], w[1] - step[1], w[2] - step[2]};
            double nextLoss = loss(x, t, next);
            while (nextLoss > loss && size > 1e-10) {
                size /= 2;
                next = new double[]{w[0] - size * step[0], w[1] - size * step[1], w[2] - size * step[2]};
                nextLoss = loss(x, t, next);
            }
            if (nextLoss > loss) {
                break;
            }
            boolean done = loss - nextLoss < 1e-12;
            w = next;
            loss = nextLoss;
            if (done) {
                break;
            }
        }
        if (!(w[0] > 0)) {
            throw new PlattScaling.CannotFitException("the comment's own concern got a weight of " + w[0]
                    + " against its label; the rows do not support a thread context");
        }
        return new ThreadContext(w[0], w[1], w[2], center, shrink);
    }

    private static boolean has(String thread) {
        return thread != null && !thread.isBlank();
    }

    private static double dot(double[] w, double[] x) {
        return w[0] * x[0] + w[1] * x[1] + w[2] * x[2];
    }

    private static double loss(double[][] x, double[] t, double[] w) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double q = LogOdds.clamp(LogOdds.sigmoid(dot(w, x[k])));
            s -= t[k] * Math.log(q) + (1 - t[k]) * Math.log(1 - q);
        }
        return s;
    }

    /** h⁻¹ g for a symmetric positive definite 3×3 h (Gaussian elimination with partial pivoting). */
    private static double[] solve(double[][] h, double[] g) {
        double[][] m = new double[3][4];
        for (int a = 0; a < 3; a++) {
            System.arraycopy(h[a], 0, m[a], 0, 3);
            m[a][3] = g[a];
        }
        for (int c = 0; c < 3; c++) {
            int piv = c;
            for (int r = c + 1; r < 3; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            for (int r = 0; r < 3; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k < 4; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        return new double[]{m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
    }
}
