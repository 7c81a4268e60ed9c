package io.commentpulse.score.encoder;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The teacher's heads learn a rule carried by one coordinate each, from rows that have either label or both. */
class LinearHeadsTest {
    @Test
    void learnsARuleFromPartlyLabeledRowsAndStaysDeterministic() {
        Random rnd = new Random(3);
        int n = 600;
        float[][] x = new float[n][8];
        int[] concern = new int[n];
        int[] sentiment = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 8; j++) {
                x[i][j] = (float) rnd.nextGaussian();
            }
            concern[i] = i % 3 == 0 ? -1 : x[i][0] > 1.0 ? 1 : 0;           // rare positives, a third unlabeled
            sentiment[i] = i % 5 == 0 ? -1 : x[i][1] < -0.5 ? 0 : x[i][1] > 0.5 ? 2 : 1;
        }
        LinearHeads h = LinearHeads.fit(x, concern, sentiment, 1e-4, 30, 42);
        float[] worried = new float[8], calm = new float[8], happy = new float[8];
        worried[0] = 2.5f;
        calm[0] = -1f;
        happy[1] = 2f;
        assertTrue(h.concern(worried) > 0.8, "concern " + h.concern(worried));
        assertTrue(h.concern(calm) < 0.2, "concern " + h.concern(calm));
        double[] p = h.sentiment(happy);
        assertTrue(p[2] > 0.8, "p(positive) " + p[2]);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        assertEquals(h.concern(worried), LinearHeads.fit(x, concern, sentiment, 1e-4, 30, 42).concern(worried), 0.0,
                "same seed, same heads");
    }
}
