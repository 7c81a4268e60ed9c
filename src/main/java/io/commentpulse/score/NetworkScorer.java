package io.commentpulse.score;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Scores with a whole DL4J graph (the reference path; {@link BagScorer} is the fast one for the standard shape). Texts are grouped by length into mini-batches (less padding, same results
 * thanks to masks), the next batch is featurized on another core while the network runs, and results come back
 * in input order. Holds no state between calls beyond the model; one
 * instance per thread (DL4J graphs are not thread-safe).
 */
public final class NetworkScorer implements Scorer {
    private final ComputationGraph network;
    private final Featurizer featurizer;
    private final int batchSize;
    private final ConcernReadout.Bound readout;

    /** Scores as the model says: its network, featurizer and concern readout. */
    public NetworkScorer(ModelFolder.Loaded model, int batchSize) {
        this(model.network(), model.featurizer(), batchSize, model.readout());
    }

    /** Reports the network's concern head alone as concern. */
    public NetworkScorer(ComputationGraph network, Featurizer featurizer, int batchSize) {
        this(network, featurizer, batchSize, ConcernReadout.headOnly());
    }

    public NetworkScorer(ComputationGraph network, Featurizer featurizer, int batchSize, ConcernReadout.Bound readout) {
        this.network = network;
        this.featurizer = featurizer;
        this.batchSize = batchSize;
        this.readout = readout;
    }

    @Override
    public List<Score> score(List<String> texts) {
        int n = texts.size();
        Score[] out = new Score[n];
        Integer[] order = new Integer[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            String t = texts.get(i);
            lengths[i] = t == null ? 0 : t.length();
        }
        Arrays.sort(order, Comparator.comparingInt(i -> lengths[i]));
        // Featurize the next mini-batch on another core while the network runs on this one.
        CompletableFuture<Featurizer.Inputs> next = n == 0 ? null : encodeAsync(texts, order, 0);
        for (int start = 0; start < n; start += batchSize) {
            int end = Math.min(n, start + batchSize);
            Featurizer.Inputs in = next.join();
            next = end < n ? encodeAsync(texts, order, end) : null;
            INDArray[] y = network.output(false, in.features(), in.masks());
            float[] s = y[0].castTo(DataType.FLOAT).data().asFloat();
            float[] c = y[1].castTo(DataType.FLOAT).data().asFloat();
            float[] e = readout.usesEmotions() ? y[2].castTo(DataType.FLOAT).data().asFloat() : null;
            for (int k = start; k < end; k++) {
                int r = k - start;
                out[order[k]] = new Score(s[r * 3], s[r * 3 + 1], s[r * 3 + 2], readout.concern(c, e, r));
            }
        }
        return Arrays.asList(out);
    }

    private CompletableFuture<Featurizer.Inputs> encodeAsync(List<String> texts, Integer[] order, int start) {
        int end = Math.min(texts.size(), start + batchSize);
        List<String> batch = new ArrayList<>(end - start);
        for (int k = start; k < end; k++) {
            String t = texts.get(order[k]);
            batch.add(t == null ? "" : t);
        }
        return CompletableFuture.supplyAsync(() -> featurizer.encode(batch));
    }
}
