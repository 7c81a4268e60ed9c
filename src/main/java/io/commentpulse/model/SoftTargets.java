package io.commentpulse.model;

import java.util.Locale;

/**
 * A teacher's targets for one training row, used in place of its hard labels (knowledge distillation): the
 * probability of concern, and the three sentiment probabilities. A part is NaN when the row has none.
 *
 * @param concern  the concern target in [0, 1], or NaN
 * @param negative p(negative), or NaN when the row has no sentiment target
 * @param neutral  p(neutral), or NaN
 * @param positive p(positive), or NaN
 */
public record SoftTargets(double concern, double negative, double neutral, double positive) {
    /** How far the sentiment probabilities may sum from 1. */
    static final double SUM_TOLERANCE = 0.01;

    public boolean hasConcern() {
        return !Double.isNaN(concern);
    }

    public boolean hasSentiment() {
        return !Double.isNaN(negative);
    }

    /** Why these targets cannot be trained on, or null when they can. */
    public String problem() {
        if (hasConcern() && (concern < 0 || concern > 1)) {
            return "soft_concern " + concern + " is outside [0, 1]";
        }
        boolean any = !Double.isNaN(negative) || !Double.isNaN(neutral) || !Double.isNaN(positive);
        if (any) {
            if (Double.isNaN(negative) || Double.isNaN(neutral) || Double.isNaN(positive)) {
                return "soft sentiment needs all of soft_negative, soft_neutral and soft_positive";
            }
            if (negative < 0 || neutral < 0 || positive < 0 || Math.abs(negative + neutral + positive - 1) > SUM_TOLERANCE) {
                return String.format(Locale.ROOT, "soft sentiment %.4f + %.4f + %.4f is not a probability distribution",
                        negative, neutral, positive);
            }
        }
        return null;
    }

    /** True when neither part is present. */
    public boolean isEmpty() {
        return !hasConcern() && !hasSentiment();
    }
}
