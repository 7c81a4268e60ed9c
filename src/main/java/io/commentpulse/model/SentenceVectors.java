package io.commentpulse.model;

import io.commentpulse.model.teacher.VectorFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A sentence encoder's vectors of training texts, as targets for the network's auxiliary sentence output: the
 * network learns to place each text where the encoder does, so that its hidden layers carry what the encoder reads
 * from whole sentences and not only what the labels say. Each dimension is standardised over the file's vectors
 * (the encoder's vectors share a large common part that would otherwise dominate the loss).
 *
 * @param encoder the encoder that made the vectors
 * @param vectors each text's raw vector
 * @param mean    each dimension's mean over the file
 * @param scale   each dimension's standard deviation over the file (never 0)
 * @param weight  the loss weight of the sentence output, relative to the heads
 */
public record SentenceVectors(String encoder, Map<String, float[]> vectors, float[] mean, float[] scale,
                              double weight) {
    /** Reads a vector file ({@code pulse train-heads --cache}) and standardises its dimensions. */
    public static SentenceVectors read(Path file, double weight) throws IOException {
        VectorFile f = VectorFile.read(file);
        int dim = f.dimension();
        if (dim == 0) {
            throw new IOException(file + ": no sentence vectors in it");
        }
        double[] sum = new double[dim];
        double[] sq = new double[dim];
        for (float[] v : f.vectors().values()) {
            for (int j = 0; j < dim; j++) {
                sum[j] += v[j];
                sq[j] += (double) v[j] * v[j];
            }
        }
        int n = f.vectors().size();
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (int j = 0; j < dim; j++) {
            double m = sum[j] / n;
            mean[j] = (float) m;
            scale[j] = (float) Math.max(1e-6, Math.sqrt(Math.max(0, sq[j] / n - m * m)));
        }
        return new SentenceVectors(f.encoder(), f.vectors(), mean, scale, weight);
    }

    public int dimension() {
        return mean.length;
    }

    /** The standardised target of {@code text}, or null when the file has no vector for it. */
    public float[] target(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            return null;
        }
        float[] t = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            t[j] = (v[j] - mean[j]) / scale[j];
        }
        return t;
    }
}
