package io.commentpulse.score;

import io.commentpulse.extract.Comment;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.TinyModels;
import io.commentpulse.model.TrainConfig;
import io.commentpulse.model.Trainer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast scoring path (embedding bags + DL4J head) must give what the whole DL4J graph gives, on the shipped
 * model and on a freshly trained one, for real comments, every line of the seed pages and awkward inputs.
 */
class BagScorerTest {
    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    private static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        Extractor ex = new Extractor(ExtractOptions.defaults());
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                ex.extract(p).comments().stream().map(Comment::text).forEach(texts::add);
                for (String line : new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("(?<=[.!?])\\s+|\n")) {
                    if (!line.isBlank()) {
                        texts.add(line.strip());
                    }
                }
            }
        }
        texts.addAll(List.of("", "   ", "😱😱😱", "!!!", "北朝鮮とロシアが会談した。心配だ。", "NOT GOOD AT ALL!!! sooo bad :(",
                "worried ".repeat(3000)));
        return texts;
    }

    @Test
    void shippedModelGivesTheSameScoresBothWays() throws Exception {
        ModelFolder.Loaded m = ModelFolder.load(Path.of("models", "default"));
        assertTrue(BagScorer.supports(m.network()));
        assertInstanceOf(BagScorer.class, Scorers.uncalibrated(m)); // the shipped default also carries a calibration
        List<String> texts = texts();
        assertTrue(texts.size() > 200, "texts " + texts.size());
        // The production path (bags over the stored 16-bit weights) against the whole graph in 32-bit floats.
        assertSame(new NetworkScorer(m, 256).score(texts), Scorers.uncalibrated(m).score(texts));
        assertSame(new NetworkScorer(m, 256).score(texts), BagScorer.of(m.network(), m.featurizer(), 100, m.readout()).score(texts));
    }

    @Test
    void freshlyTrainedModelGivesTheSameScoresBothWays() throws Exception {
        TrainConfig c = new TrainConfig(5, 2, 2, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Trainer.Result r = new Trainer(c, false).train(TinyModels.generate(400, 1), Map.of("dev", TinyModels.generate(50, 2)), null);
        List<String> texts = new ArrayList<>(texts());
        TinyModels.generate(300, 3).forEach(e -> texts.add(e.text()));
        assertSame(new NetworkScorer(r.network(), r.featurizer(), 64).score(texts),
                BagScorer.of(r.network(), r.featurizer(), 1024).score(texts));
    }

    @Test
    void wordConvolutionGivesTheSameScoresBothWays() throws Exception {
        TrainConfig c = new TrainConfig(5, 2, 2, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false, 12);
        Trainer.Result r = new Trainer(c, false).train(TinyModels.generate(400, 1), Map.of("dev", TinyModels.generate(50, 2)), null);
        assertTrue(BagScorer.supports(r.network()), "kernel-3 ReLU convolution under max pooling is supported");
        List<String> texts = new ArrayList<>(texts());
        TinyModels.generate(300, 3).forEach(e -> texts.add(e.text()));
        // Batches of 64 mix lengths, so most rows are padded: padding must not reach the convolution's edges.
        List<Score> whole = new NetworkScorer(r.network(), r.featurizer(), 64).score(texts);
        assertSame(whole, BagScorer.of(r.network(), r.featurizer(), 1024).score(texts));
        assertSame(whole, new NetworkScorer(r.network(), r.featurizer(), 1).score(texts));

        // Saved (16-bit weights) and loaded, the production path still gives what the trained graph gave.
        Path m = dir.resolve("conv");
        ModelFolder.save(m, r.network(), r.featurizer(), Provenance.manifest("conv", List.of(), List.of(), c, r, null));
        ModelFolder.Loaded loaded = ModelFolder.load(m);
        assertInstanceOf(BagScorer.class, Scorers.forModel(loaded));
        assertSame(whole, Scorers.forModel(loaded).score(texts));
    }

    @Test
    void otherGraphShapesFallBackToTheWholeGraph() {
        ComputationGraph other = new ComputationGraph(new NeuralNetConfiguration.Builder().graphBuilder()
                .addInputs(GraphLayout.WORDS, GraphLayout.GRAMS)
                .addLayer("emb", new EmbeddingSequenceLayer.Builder().nIn(10).nOut(4).build(), GraphLayout.WORDS)
                .addLayer("rnn", new LSTM.Builder().nIn(4).nOut(4).build(), "emb")
                .addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), "rnn")
                .addLayer("gemb", new EmbeddingSequenceLayer.Builder().nIn(10).nOut(4).build(), GraphLayout.GRAMS)
                .addLayer("gpool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "gemb")
                .addVertex(GraphLayout.MERGED, new MergeVertex(), "pool", "gpool")
                .addLayer(GraphLayout.SENTIMENT, new OutputLayer.Builder().nIn(8).nOut(3).build(), GraphLayout.MERGED)
                .setOutputs(GraphLayout.SENTIMENT).build());
        other.init();
        assertFalse(BagScorer.supports(other), "an LSTM between embedding and pooling is not a bag");
        assertInstanceOf(NetworkScorer.class, Scorers.forNetwork(other, null, 8, ConcernReadout.headOnly()));
    }

    private static void assertSame(List<Score> whole, List<Score> bag) {
        assertEquals(whole.size(), bag.size());
        for (int i = 0; i < whole.size(); i++) {
            Score a = whole.get(i);
            Score b = bag.get(i);
            String at = "row " + i + ": " + a + " vs " + b;
            assertEquals(a.pNegative(), b.pNegative(), TOLERANCE, at);
            assertEquals(a.pNeutral(), b.pNeutral(), TOLERANCE, at);
            assertEquals(a.pPositive(), b.pPositive(), TOLERANCE, at);
            assertEquals(a.concern(), b.concern(), TOLERANCE, at);
        }
    }
}
