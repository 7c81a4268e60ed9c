package io.commentpulse.model;

import io.commentpulse.score.ConcernCalibration;
import io.commentpulse.score.LogOdds;

/**
 * Fits a {@link ConcernCalibration} to labeled rows by Platt's method: logistic regression of the label on the logit
 * of the raw concern probability, with Platt's smoothed targets ((N₊+1)/(N₊+2) and 1/(N₋+2) instead of 1 and 0) so a
 * small set cannot push the probabilities to 0 or 1. Newton's method with step halving; deterministic.
 */
public final class PlattScaling {
    private PlattScaling() {
    }

    /** Why a calibration could not be fitted. */
    public static final class CannotFitException extends Exception {
        CannotFitException(String message) {
            super(message);
        }
    }

    public static ConcernCalibration fit(double[] raw, int[] gold) throws CannotFitException {
        int n = raw.length;
        int pos = 0;
        for (int g : gold) {
            pos += g;
        }
        if (pos == 0 || pos == n) {
            throw new CannotFitException("needs concerned and unconcerned rows, got " + pos + " of " + n + " concerned");
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (n - pos + 2.0);
        double[] z = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = LogOdds.logit(raw[i]);
            t[i] = gold[i] == 1 ? hi : lo;
        }
        double a = 1;
        double b = 0;
        double loss = loss(z, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double p = LogOdds.sigmoid(a * z[i] + b);
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * z[i];
                gb += d;
                haa += w * z[i] * z[i];
                hab += w * z[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(z, t, a + da, b + db);
            while (next > loss && step > 1e-10) {
                step /= 2;
                next = loss(z, t, a + step * da, b + step * db);
            }
            if (next > loss) {
                break;
            }
            a += step * da;
            b += step * db;
            boolean converged = loss - next < 1e-12 * Math.max(1, loss);
            loss = next;
            if (converged) {
                break;
            }
        }
        if (!(a > 0)) {
            throw new CannotFitException(String.format(java.util.Locale.ROOT,
                    "the model's concern does not rise with these labels (fitted slope %.3f): its ranking is no better "
                            + "than chance here (ROC-AUC %.3f), so no rescaling can fix it", a, Metrics.rocAuc(gold, raw)));
        }
        return new ConcernCalibration(a, b);
    }

    private static double loss(double[] z, double[] t, double a, double b) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            double f = a * z[i] + b;
            // −[t log σ(f) + (1−t) log(1−σ(f))], written stably
            s += Math.max(f, 0) - t[i] * f + Math.log1p(Math.exp(-Math.abs(f)));
        }
        return s;
    }
}
