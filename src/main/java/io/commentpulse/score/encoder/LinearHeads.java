package io.commentpulse.score.encoder;

import java.util.Random;

/**
 * Two linear heads over fixed vectors: a logistic concern head and a 3-way softmax sentiment head, each trained by
 * Adam on its own labeled rows (a row may carry either label or both) with L2 regularisation and square-root
 * inverse-frequency class weights. Small enough to train in seconds on a few thousand 384-d vectors.
 */
public final class LinearHeads {
    private final int dim;
    private final double[] cw;
    private double cb;
    private final double[][] sw;
    private final double[] sb = new double[3];

    private LinearHeads(int dim) {
        this.dim = dim;
        cw = new double[dim];
        sw = new double[3][dim];
    }

    /**
     * Fits both heads. {@code concern[i]} is 1, 0 or −1 (unknown); {@code sentiment[i]} is 0..2 or −1.
     *
     * @param l2 the L2 penalty per weight
     */
    public static LinearHeads fit(float[][] x, int[] concern, int[] sentiment, double l2, int epochs, long seed) {
        LinearHeads h = new LinearHeads(x[0].length);
        h.fitConcern(x, concern, l2, epochs, new Random(seed));
        h.fitSentiment(x, sentiment, l2, epochs, new Random(seed + 1));
        return h;
    }

    /** The weights, for a model folder: concern weights and bias, sentiment weights (3 rows) and biases. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson(com.fasterxml.jackson.databind.ObjectMapper json) {
        com.fasterxml.jackson.databind.node.ObjectNode o = json.createObjectNode();
        o.put("dim", dim);
        o.set("concern_w", json.valueToTree(cw));
        o.put("concern_b", cb);
        o.set("sentiment_w", json.valueToTree(sw));
        o.set("sentiment_b", json.valueToTree(sb));
        return o;
    }

    /** Heads read back from {@link #toJson}; IllegalArgumentException when the shapes do not fit. */
    public static LinearHeads fromJson(com.fasterxml.jackson.databind.JsonNode o) {
        int dim = o.path("dim").asInt(0);
        if (dim <= 0 || o.path("concern_w").size() != dim || o.path("sentiment_w").size() != 3
                || o.path("sentiment_b").size() != 3) {
            throw new IllegalArgumentException("heads: wrong shape");
        }
        LinearHeads h = new LinearHeads(dim);
        for (int j = 0; j < dim; j++) {
            h.cw[j] = o.path("concern_w").get(j).asDouble();
        }
        h.cb = o.path("concern_b").asDouble();
        for (int k = 0; k < 3; k++) {
            if (o.path("sentiment_w").get(k).size() != dim) {
                throw new IllegalArgumentException("heads: wrong shape");
            }
            for (int j = 0; j < dim; j++) {
                h.sw[k][j] = o.path("sentiment_w").get(k).get(j).asDouble();
            }
            h.sb[k] = o.path("sentiment_b").get(k).asDouble();
        }
        return h;
    }

    public int dim() {
        return dim;
    }

    public double concern(float[] v) {
        double z = cb;
        for (int j = 0; j < dim; j++) {
            z += cw[j] * v[j];
        }
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Probabilities of negative, neutral, positive. */
    public double[] sentiment(float[] v) {
        double[] z = new double[3];
        for (int k = 0; k < 3; k++) {
            z[k] = sb[k];
            for (int j = 0; j < dim; j++) {
                z[k] += sw[k][j] * v[j];
            }
        }
        return softmax(z);
    }

    private void fitConcern(float[][] x, int[] y, double l2, int epochs, Random rnd) {
        int pos = 0, n = 0;
        for (int v : y) {
            if (v >= 0) {
                n++;
                pos += v;
            }
        }
        if (n == 0 || pos == 0 || pos == n) {
            return;
        }
        double wPos = Math.sqrt((double) n / (2.0 * pos)), wNeg = Math.sqrt((double) n / (2.0 * (n - pos)));
        Adam adam = new Adam(dim + 1);
        double[] g = new double[dim + 1];
        forEachBatch(indices(y), epochs, rnd, (order, s, end) -> {
            java.util.Arrays.fill(g, 0);
            for (int k = s; k < end; k++) {
                int i = order[k];
                double err = (concern(x[i]) - y[i]) * (y[i] == 1 ? wPos : wNeg);
                for (int j = 0; j < dim; j++) {
                    g[j] += err * x[i][j];
                }
                g[dim] += err;
            }
            for (int j = 0; j < dim; j++) {
                g[j] = g[j] / (end - s) + l2 * cw[j];
            }
            g[dim] /= (end - s);
            double[] step = adam.step(g);
            for (int j = 0; j < dim; j++) {
                cw[j] -= step[j];
            }
            cb -= step[dim];
        });
    }

    private void fitSentiment(float[][] x, int[] y, double l2, int epochs, Random rnd) {
        int[] count = new int[3];
        int n = 0;
        for (int v : y) {
            if (v >= 0) {
                count[v]++;
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double[] cls = new double[3];
        for (int k = 0; k < 3; k++) {
            cls[k] = count[k] == 0 ? 0 : Math.sqrt((double) n / (3.0 * count[k]));
        }
        Adam adam = new Adam(3 * (dim + 1));
        double[] g = new double[3 * (dim + 1)];
        forEachBatch(indices(y), epochs, rnd, (order, s, end) -> {
            java.util.Arrays.fill(g, 0);
            for (int k = s; k < end; k++) {
                int i = order[k];
                double[] p = sentiment(x[i]);
                for (int c = 0; c < 3; c++) {
                    double err = (p[c] - (y[i] == c ? 1 : 0)) * cls[y[i]];
                    int at = c * (dim + 1);
                    for (int j = 0; j < dim; j++) {
                        g[at + j] += err * x[i][j];
                    }
                    g[at + dim] += err;
                }
            }
            for (int c = 0; c < 3; c++) {
                int at = c * (dim + 1);
                for (int j = 0; j <= dim; j++) {
                    g[at + j] = g[at + j] / (end - s) + (j < dim ? l2 * sw[c][j] : 0);
                }
            }
            double[] step = adam.step(g);
            for (int c = 0; c < 3; c++) {
                int at = c * (dim + 1);
                for (int j = 0; j < dim; j++) {
                    sw[c][j] -= step[at + j];
                }
                sb[c] -= step[at + dim];
            }
        });
    }

    /** One step over rows {@code order[start..end)}. */
    @FunctionalInterface
    private interface BatchStep {
        void run(int[] order, int start, int end);
    }

    /** Mini-batches of 32 over {@code order}, reshuffled each epoch. */
    private static void forEachBatch(int[] order, int epochs, Random rnd, BatchStep step) {
        for (int e = 0; e < epochs; e++) {
            shuffle(order, rnd);
            for (int s = 0; s < order.length; s += 32) {
                step.run(order, s, Math.min(order.length, s + 32));
            }
        }
    }

    private static int[] indices(int[] y) {
        return java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] >= 0).toArray();
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double[] softmax(double[] z) {
        double m = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            p[k] = Math.exp(z[k] - m);
            sum += p[k];
        }
        for (int k = 0; k < 3; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Adam with the usual constants and a learning rate of 0.01. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t;

        Adam(int n) {
            m = new double[n];
            v = new double[n];
        }

        double[] step(double[] g) {
            t++;
            double[] out = new double[g.length];
            double c1 = 1 - Math.pow(0.9, t), c2 = 1 - Math.pow(0.999, t);
            for (int j = 0; j < g.length; j++) {
                m[j] = 0.9 * m[j] + 0.1 * g[j];
                v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
                out[j] = 0.01 * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
            }
            return out;
        }
    }
}
