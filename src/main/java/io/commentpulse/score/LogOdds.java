package io.commentpulse.score;

/** Probabilities to log-odds and back, with the clamp that keeps 0 and 1 finite; shared by readout and calibration. */
public final class LogOdds {
    /** Probabilities are clamped to [ε, 1 − ε] before a logit or a log, so 0 and 1 stay finite. */
    public static final double EPS = 1e-7;

    private LogOdds() {
    }

    /** {@code p} clamped to [ε, 1 − ε]. */
    public static double clamp(double p) {
        return Math.min(1 - EPS, Math.max(EPS, p));
    }

    /** log(p / (1 − p)) of the clamped probability. */
    public static double logit(double p) {
        double q = clamp(p);
        return Math.log(q / (1 - q));
    }

    /** The logistic function, 1 / (1 + e^−z). */
    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
