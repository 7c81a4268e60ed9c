package io.commentpulse.score;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The pooled rows are exactly the mean and maximum an embedding layer with masked global pooling computes, added in
 * row order (so bit for bit what a row-by-row loop gives), for every bag length around the rows-per-pass unrolling.
 */
class EmbeddingBagTest {
    private static final int ROWS = 500;
    private static final int DIM = 7;

    @Test
    void poolsEveryLengthExactlyAsARowByRowLoop() {
        Random r = new Random(11);
        float[] w = new float[ROWS * DIM];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian();
        }
        EmbeddingBag bag = new EmbeddingBag(Nd4j.create(w, new long[]{ROWS, DIM}, 'c').castTo(DataType.FLOAT));
        for (int n = 1; n <= 13; n++) {
            int[] ids = r.ints(n, 0, ROWS).toArray();
            float[] sum = new float[DIM];
            float[] max = new float[DIM];
            for (int d = 0; d < DIM; d++) {
                sum[d] = w[ids[0] * DIM + d];
                max[d] = w[ids[0] * DIM + d];
                for (int k = 1; k < n; k++) {
                    float v = w[ids[k] * DIM + d];
                    sum[d] += v;
                    max[d] = Math.max(max[d], v);
                }
                sum[d] *= 1f / n;
            }
            float[] out = new float[3 + 2 * DIM];
            bag.pool(ids, out, 3, 3 + DIM);
            assertArrayEquals(sum, java.util.Arrays.copyOfRange(out, 3, 3 + DIM), "mean of " + n);
            assertArrayEquals(max, java.util.Arrays.copyOfRange(out, 3 + DIM, 3 + 2 * DIM), "max of " + n);
        }
    }

    @Test
    void anIdOutsideTheTableIsRefused() {
        EmbeddingBag bag = new EmbeddingBag(Nd4j.zeros(DataType.FLOAT, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> bag.pool(new int[]{1, 2, 3, 4, 0}, new float[4], 0, 2));
    }
}
