package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Platt scaling of the concern output for the comments a model is used on: {@code p' = σ(slope · logit(p) + intercept)}.
 * The network's concern probability reflects the base rate of its training data (about 3% worried comments in
 * GoEmotions); readers under alarming news are worried far more often. A rising map keeps every ranking (ROC-AUC),
 * so it changes only what the probabilities mean. Stored in the manifest as {@value #KEY}.
 */
public record ConcernCalibration(double slope, double intercept) {
    public static final String KEY = "concern_calibration";

    public ConcernCalibration {
        if (!(slope > 0) || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("concern calibration needs a finite positive slope and a finite "
                    + "intercept, got slope " + slope + ", intercept " + intercept);
        }
    }

    public double apply(double p) {
        return LogOdds.sigmoid(slope * LogOdds.logit(p) + intercept);
    }

    /** The calibration a manifest holds, if any; a malformed one is an error, not silently ignored. */
    static Optional<ConcernCalibration> of(JsonNode manifest) {
        JsonNode c = manifest.path(KEY);
        if (c.isMissingNode() || c.isNull()) {
            return Optional.empty();
        }
        if (!c.path("slope").isNumber() || !c.path("intercept").isNumber()) {
            throw new IllegalArgumentException(KEY + " needs numeric slope and intercept");
        }
        return Optional.of(new ConcernCalibration(c.path("slope").asDouble(), c.path("intercept").asDouble()));
    }
}
