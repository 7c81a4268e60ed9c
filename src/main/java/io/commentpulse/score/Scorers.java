package io.commentpulse.score;

import org.deeplearning4j.nn.graph.ComputationGraph;

/** Picks how a network is run: as embedding bags plus a DL4J head when its shape allows, else as the whole graph. */
public final class Scorers {
    /** Texts per network call: measured fastest on 2 cores (see the bench score figures in the README). */
    public static final int DEFAULT_BATCH = 4096;

    private Scorers() {
    }

    public static Scorer forNetwork(ComputationGraph net, Featurizer featurizer, int batchSize) {
        return BagScorer.supports(net) ? BagScorer.of(net, featurizer, batchSize)
                : new NetworkScorer(net, featurizer, batchSize);
    }

    public static Scorer forModel(ModelFolder.Loaded model) {
        return forNetwork(model.network(), model.featurizer(), DEFAULT_BATCH);
    }
}
