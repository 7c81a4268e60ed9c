package io.commentpulse.score;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A read-only copy of an embedding matrix that pools a bag of row ids straight into a feature row: the mean or the
 * maximum of the rows, which is what an {@code EmbeddingSequenceLayer} followed by a masked
 * {@code GlobalPoolingLayer} computes, without materialising the [batch, width, length] activations.
 */
final class EmbeddingBag {
    private final float[] table;
    private final int rows;
    private final int dim;

    EmbeddingBag(INDArray weights) {
        this.rows = (int) weights.rows();
        this.dim = (int) weights.columns();
        this.table = weights.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    int dim() {
        return dim;
    }

    int rows() {
        return rows;
    }

    /** A copy of row {@code id}. */
    float[] copyOfRow(int id) {
        int at = row(id);
        return java.util.Arrays.copyOfRange(table, at, at + dim);
    }

    /**
     * Pools the rows {@code ids} (at least one) in one pass: their mean goes to {@code out[meanAt .. meanAt+dim)} and
     * their element-wise maximum to {@code out[maxAt .. maxAt+dim)}; a negative position skips that pooling.
     */
    void pool(int[] ids, float[] out, int meanAt, int maxAt) {
        float[] sum = new float[dim];
        float[] max = new float[dim];
        int first = row(ids[0]);
        System.arraycopy(table, first, sum, 0, dim);
        System.arraycopy(table, first, max, 0, dim);
        int k = 1;
        // Four rows per pass: their loads are independent, so the core fetches all their cache lines at once (rows of
        // the n-gram table are scattered over megabytes). Each sum still adds the rows in order: same floats.
        for (; k + 3 < ids.length; k += 4) {
            int a = row(ids[k]);
            int b = row(ids[k + 1]);
            int c = row(ids[k + 2]);
            int e = row(ids[k + 3]);
            for (int d = 0; d < dim; d++) {
                float va = table[a + d];
                float vb = table[b + d];
                float vc = table[c + d];
                float ve = table[e + d];
                sum[d] = sum[d] + va + vb + vc + ve;
                float m = va > max[d] ? va : max[d]; // not Math.max: its NaN and -0.0 rules keep C2 from vectorising
                m = vb > m ? vb : m;
                m = vc > m ? vc : m;
                max[d] = ve > m ? ve : m;
            }
        }
        for (; k < ids.length; k++) {
            int base = row(ids[k]);
            for (int d = 0; d < dim; d++) {
                float v = table[base + d];
                sum[d] += v;
                max[d] = v > max[d] ? v : max[d];
            }
        }
        if (meanAt >= 0) {
            float inv = 1f / ids.length;
            for (int d = 0; d < dim; d++) {
                out[meanAt + d] = sum[d] * inv;
            }
        }
        if (maxAt >= 0) {
            System.arraycopy(max, 0, out, maxAt, dim);
        }
    }

    private int row(int id) {
        if (id < 0 || id >= rows) {
            throw new IllegalArgumentException("embedding row " + id + " outside 0.." + (rows - 1));
        }
        return id * dim;
    }
}
