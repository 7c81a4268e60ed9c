package io.commentpulse.model;

import io.commentpulse.score.ConcernCalibration;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlattScalingTest {
    /** Labels drawn from a known calibration of the raw scores: the fit recovers it. */
    @Test
    void recoversTheCalibrationTheLabelsWereDrawnFrom() throws Exception {
        Random r = new Random(3);
        int n = 20_000;
        double[] raw = new double[n];
        int[] gold = new int[n];
        ConcernCalibration truth = new ConcernCalibration(0.5, 1.5);
        for (int i = 0; i < n; i++) {
            double z = -7 + 9 * r.nextDouble();
            raw[i] = 1 / (1 + Math.exp(-z));
            gold[i] = r.nextDouble() < truth.apply(raw[i]) ? 1 : 0;
        }
        ConcernCalibration fit = PlattScaling.fit(raw, gold);
        assertEquals(0.5, fit.slope(), 0.03);
        assertEquals(1.5, fit.intercept(), 0.1);
        // the fitted probabilities average to the observed share (the smoothed targets move it by under 1/n)
        double mean = 0;
        double share = 0;
        for (int i = 0; i < n; i++) {
            mean += fit.apply(raw[i]) / n;
            share += gold[i] / (double) n;
        }
        assertEquals(share, mean, 1e-3);
    }

    @Test
    void refusesDataItCannotFit() {
        double[] raw = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        assertThrows(PlattScaling.CannotFitException.class, () -> PlattScaling.fit(raw, new int[]{0, 0, 0, 0, 0, 0}));
        // labels that fall as the score rises: no rising map fits them
        assertThrows(PlattScaling.CannotFitException.class, () -> PlattScaling.fit(raw, new int[]{1, 1, 1, 0, 0, 0}));
    }
}
