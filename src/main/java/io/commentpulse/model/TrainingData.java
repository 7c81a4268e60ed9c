package io.commentpulse.model;

import io.commentpulse.score.Featurizer;
import io.commentpulse.score.Tokenizer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/** Training rows featurized once, and the masked mini-batches built from them. */
final class TrainingData {
    final int[][] words;
    final int[][] grams;
    final int[] sentiment;
    final int[] concern;
    /** Each row's teacher targets (see {@link SoftTargets}), or null; they replace its hard labels in training. */
    final SoftTargets[] soft;

    final float[] concernWeight;
    final String[] emotions;
    private final EmotionLabels emotionLabels;
    /** Each row's standardised sentence vector (null where there is none), or null when the network has no such output. */
    final float[][] sentence;
    private final int sentenceDim;

    /** {@code emotionLabels}: the network's emotions output, or null when it has none. */
    TrainingData(List<LabeledExample> rows, double[] concernWeights, Featurizer f, EmotionLabels emotionLabels) {
        this(rows, concernWeights, f, emotionLabels, null);
    }

    /** {@code vectors}: the targets of the network's sentence output, or null when it has none. */
    TrainingData(List<LabeledExample> rows, double[] concernWeights, Featurizer f, EmotionLabels emotionLabels,
                 SentenceVectors vectors) {
        int n = rows.size();
        sentence = vectors == null ? null : new float[n][];
        sentenceDim = vectors == null ? 0 : vectors.dimension();
        this.emotionLabels = emotionLabels;
        emotions = new String[n];
        concernWeight = new float[n];
        words = new int[n][];
        grams = new int[n][];
        sentiment = new int[n];
        concern = new int[n];
        soft = new SoftTargets[n];
        for (int i = 0; i < n; i++) {
            LabeledExample r = rows.get(i);
            List<String> tokens = Tokenizer.tokenize(r.text());
            words[i] = f.wordIds(tokens);
            grams[i] = f.gramIds(tokens);
            sentiment[i] = r.sentiment() == null ? -1 : r.sentiment().ordinal();
            concern[i] = r.concern() == null ? -1 : r.concern();
            concernWeight[i] = concernWeights == null ? 1f : (float) concernWeights[i];
            emotions[i] = r.emotions();
            soft[i] = r.soft();
            if (vectors != null) {
                sentence[i] = vectors.target(r.text());
            }
        }
    }

    int size() {
        return words.length;
    }

    MultiDataSet batch(int[] idx) {
        return batch(idx, 0, null);
    }

    /**
     * The batch of rows {@code idx}; with {@code tokenDropout} > 0, each word and each n-gram is masked out with that
     * probability (drawn from {@code rnd}), keeping at least one of each per row.
     */
    MultiDataSet batch(int[] idx, double tokenDropout, java.util.Random rnd) {
        int mb = idx.length;
        int wl = 4; // lengths 1 and 3 make DL4J read a leaked sequence mask as a label mask
        int gl = 4;
        for (int i : idx) {
            wl = Math.max(wl, words[i].length);
            gl = Math.max(gl, grams[i].length);
        }
        float[] w = new float[mb * wl];
        float[] wm = new float[mb * wl];
        float[] g = new float[mb * gl];
        float[] gm = new float[mb * gl];
        float[] s = new float[mb * 3];
        float[] c = new float[mb];
        float[] cm = new float[mb];
        int width = emotionLabels == null ? 0 : emotionLabels.size();
        float[] e = new float[mb * width];
        float[] em = new float[mb * width];
        for (int k = 0; k < mb; k++) {
            int i = idx[k];
            fill(words[i], w, wm, k * wl, tokenDropout, rnd);
            fill(grams[i], g, gm, k * gl, tokenDropout, rnd);
            SoftTargets t = soft[i];
            if (t != null && t.hasSentiment()) {
                s[k * 3] = (float) t.negative();
                s[k * 3 + 1] = (float) t.neutral();
                s[k * 3 + 2] = (float) t.positive();
            } else if (sentiment[i] >= 0) {
                s[k * 3 + sentiment[i]] = 1;
            }
            if (t != null && t.hasConcern()) {
                c[k] = (float) t.concern(); // binary cross-entropy takes a probability as its target
                cm[k] = concernWeight[i];
            } else if (concern[i] >= 0) {
                c[k] = concern[i];
                cm[k] = concernWeight[i]; // a fractional mask weights the row's concern loss
            }
            if (emotionLabels != null) {
                emotionLabels.encode(emotions[i], e, em, k * emotionLabels.size());
            }
        }
        INDArray[] features = {Nd4j.create(w, new long[]{mb, wl}, 'c'), Nd4j.create(g, new long[]{mb, gl}, 'c')};
        INDArray[] featureMasks = {Nd4j.create(wm, new long[]{mb, wl}, 'c'), Nd4j.create(gm, new long[]{mb, gl}, 'c')};
        INDArray sentimentLabels = Nd4j.create(s, new long[]{mb, 3}, 'c');
        INDArray concernLabels = Nd4j.create(c, new long[]{mb, 1}, 'c');
        INDArray concernMask = Nd4j.create(cm, new long[]{mb, 1}, 'c');
        // Sentiment needs no mask: an all-zero label row adds nothing to softmax cross-entropy or its gradient.
        List<INDArray> labels = new ArrayList<>(List.of(sentimentLabels, concernLabels));
        List<INDArray> labelMasks = new ArrayList<>(java.util.Arrays.asList(null, concernMask));
        if (width > 0) {
            labels.add(Nd4j.create(e, new long[]{mb, width}, 'c'));
            labelMasks.add(Nd4j.create(em, new long[]{mb, width}, 'c'));
        }
        if (sentence != null) {
            float[] v = new float[mb * sentenceDim];
            float[] vm = new float[mb * sentenceDim];
            for (int k = 0; k < mb; k++) {
                float[] t = sentence[idx[k]];
                if (t != null) {
                    System.arraycopy(t, 0, v, k * sentenceDim, sentenceDim);
                    java.util.Arrays.fill(vm, k * sentenceDim, (k + 1) * sentenceDim, 1f);
                }
            }
            labels.add(Nd4j.create(v, new long[]{mb, sentenceDim}, 'c'));
            labelMasks.add(Nd4j.create(vm, new long[]{mb, sentenceDim}, 'c'));
        }
        return new org.nd4j.linalg.dataset.MultiDataSet(features, labels.toArray(INDArray[]::new), featureMasks,
                labelMasks.toArray(INDArray[]::new));
    }

    /** Writes one row's ids and mask at {@code at}, masking each id out with probability {@code drop} (not all). */
    private static void fill(int[] ids, float[] x, float[] mask, int at, double drop, java.util.Random rnd) {
        int kept = 0;
        for (int j = 0; j < ids.length; j++) {
            x[at + j] = ids[j];
            if (drop <= 0 || rnd.nextDouble() >= drop) {
                mask[at + j] = 1;
                kept++;
            }
        }
        if (kept == 0 && ids.length > 0) {
            mask[at + rnd.nextInt(ids.length)] = 1;
        }
    }

    /** Batches for one epoch: shuffled, then grouped by length within windows to cut padding. */
    List<int[]> epochBatches(java.util.Random rnd, int batchSize) {
        int n = size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
        int window = batchSize * 32;
        List<int[]> batches = new ArrayList<>();
        for (int s = 0; s < n; s += window) {
            Integer[] win = java.util.Arrays.copyOfRange(order, s, Math.min(n, s + window));
            java.util.Arrays.sort(win, java.util.Comparator.comparingInt(i -> grams[i].length));
            for (int b = 0; b < win.length; b += batchSize) {
                int e = Math.min(win.length, b + batchSize);
                int[] idx = new int[e - b];
                for (int k = b; k < e; k++) {
                    idx[k - b] = win[k];
                }
                batches.add(idx);
            }
        }
        java.util.Collections.shuffle(batches, rnd);
        return batches;
    }
}
