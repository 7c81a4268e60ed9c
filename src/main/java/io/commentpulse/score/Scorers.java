package io.commentpulse.score;

import org.deeplearning4j.nn.graph.ComputationGraph;

/** Picks how a network is run: as embedding bags plus a DL4J head when its shape allows, else as the whole graph. */
public final class Scorers {
    /** Texts per network call: measured fastest on 2 cores (see the bench score figures in the README). */
    public static final int DEFAULT_BATCH = 4096;

    private Scorers() {
    }

    /** A scorer for {@code net} that reads concern with {@code readout}. */
    public static Scorer forNetwork(ComputationGraph net, Featurizer featurizer, int batchSize,
                                    ConcernReadout.Bound readout) {
        if (BagScorer.supports(net)) {
            return BagScorer.of(net, featurizer, batchSize, readout);
        }
        return new NetworkScorer(ModelFolder.float32(net), featurizer, batchSize, readout);
    }

    /**
     * The scorer for a loaded model, reading its weights as stored (16-bit weights need no whole-graph conversion),
     * with the model's concern calibration applied when it has one.
     */
    public static Scorer forModel(ModelFolder.Loaded model) {
        Scorer raw = uncalibrated(model);
        return model.calibration().<Scorer>map(c -> new CalibratedScorer(raw, c)).orElse(raw);
    }

    /**
     * The network's own outputs read with the model's concern readout, without its concern calibration: what a new
     * calibration is fitted to.
     */
    public static Scorer uncalibrated(ModelFolder.Loaded model) {
        if (model.encoderScorer().isPresent()) {
            return model.encoderScorer().get();
        }
        return forNetwork(model.storedNetwork(), model.featurizer(), DEFAULT_BATCH, model.readout());
    }
}
