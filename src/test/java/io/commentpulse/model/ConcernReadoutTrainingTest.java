package io.commentpulse.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.score.BagScorer;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model trained with the emotions of the GoEmotions and SemEval-2018 schemes reads concern from its head and from
 * those schemes' concern labels; the readout is in its manifest, survives save → load, and the fast and the whole-graph
 * scorers agree on it.
 */
class ConcernReadoutTrainingTest {
    @TempDir
    static Path dir;
    static Trainer.Result trained;
    static TrainConfig config;
    static final List<String> TEXTS = List.of("the story today i am scared", "people said wonderful",
            "news about the city awful", "the city i am scared today sad");

    @BeforeAll
    static void train() throws Exception {
        List<LabeledExample> rows = new ArrayList<>();
        for (LabeledExample e : TinyModels.generate(1200, 1)) {
            boolean scared = e.text().contains("scared");
            String emotions = e.id().hashCode() % 2 == 0
                    ? GoEmotionsImporter.SCHEME + ":" + (scared ? "nervousness" : "joy")
                    : SemEval2018Importer.SCHEME + ":" + (scared ? "fear;pessimism" : "trust");
            rows.add(new LabeledExample(e.id(), e.text(), e.sentiment(), e.concern(), Double.NaN, emotions));
        }
        // Every label of both schemes' concern groups must occur for the readout to use the scheme.
        rows.add(new LabeledExample("x1", "i am scared of it", null, 1, Double.NaN, "goemotions:fear"));
        config = new TrainConfig(5, 6, 6, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, true);
        trained = new Trainer(config, false).train(rows, Map.of("dev", TinyModels.generate(60, 2)), null);
    }

    @Test
    void theReadoutUsesEachKnownSchemesConcernLabels() {
        assertEquals(List.of(List.of("goemotions:fear", "goemotions:nervousness"),
                List.of("semeval2018:fear", "semeval2018:pessimism")), trained.readout().groups());
    }

    @Test
    void scoresAreTheMeanLogitOfHeadAndNoisyOrsOnEveryPathAndAfterLoading() throws Exception {
        Path m = dir.resolve("readout");
        ObjectNode manifest = Provenance.manifest("readout", List.of(), List.of(), config, trained, null);
        assertTrue(manifest.has(ConcernReadout.KEY));
        ModelFolder.save(m, trained.network(), trained.featurizer(), manifest);
        ModelFolder.Loaded loaded = ModelFolder.load(m);
        assertEquals(trained.readout(), loaded.readout().readout());

        var in = loaded.featurizer().encode(TEXTS);
        INDArray[] out = loaded.network().output(false, in.features(), in.masks());
        List<String> labels = trained.emotionLabels();
        List<Score> whole = new NetworkScorer(loaded, 8).score(TEXTS);
        List<Score> fast = Scorers.forModel(loaded).score(TEXTS);
        List<Score> headOnly = BagScorer.of(loaded.network(), loaded.featurizer(), 8).score(TEXTS);
        boolean differs = false;
        for (int i = 0; i < TEXTS.size(); i++) {
            double z = logit(out[1].getDouble(i, 0));
            for (List<String> g : trained.readout().groups()) {
                double none = 1;
                for (String l : g) {
                    none *= 1 - out[2].getDouble(i, labels.indexOf(l));
                }
                z += logit(1 - none);
            }
            double expected = 1 / (1 + Math.exp(-z / 3));
            assertEquals(expected, whole.get(i).concern(), 1e-5, TEXTS.get(i));
            assertEquals(expected, fast.get(i).concern(), 1e-5, TEXTS.get(i));
            assertEquals(out[1].getDouble(i, 0), headOnly.get(i).concern(), 1e-5);
            differs |= Math.abs(expected - headOnly.get(i).concern()) > 1e-3;
        }
        assertTrue(differs, "the readout changes some concern");
        assertTrue(fast.get(0).concern() > 0.5 && fast.get(1).concern() < 0.5,
                "still learns the rule: " + fast.get(0).concern() + ", " + fast.get(1).concern());
    }

    @Test
    void aManifestWhoseReadoutNamesAnUnknownLabelIsRefused() throws Exception {
        Path m = dir.resolve("bad-readout");
        ObjectNode manifest = Provenance.manifest("bad", List.of(), List.of(), config, trained, null);
        manifest.set(ConcernReadout.KEY, new ConcernReadout(List.of(List.of("goemotions:grief"))).toJson());
        ModelFolder.save(m, trained.network(), trained.featurizer(), manifest);
        ModelFolder.InvalidModelException e = assertThrows(ModelFolder.InvalidModelException.class,
                () -> ModelFolder.load(m));
        assertTrue(e.getMessage().contains("concern_readout") && e.getMessage().contains("goemotions:grief"),
                e.getMessage());
    }

    @Test
    void withoutTheEmotionReadoutTheHeadAloneIsReportedAndTheManifestSaysNothing() throws Exception {
        List<LabeledExample> rows = new ArrayList<>();
        for (LabeledExample e : TinyModels.generate(200, 3)) {
            rows.add(new LabeledExample(e.id(), e.text(), e.sentiment(), e.concern(), Double.NaN,
                    "goemotions:" + (e.concern() == 1 ? "fear;nervousness" : "joy")));
        }
        TrainConfig c = new TrainConfig(5, 1, 1, 32, 0.01, 8, 8, 8, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, true);
        Trainer.Result r = new Trainer(c, false, false).train(rows, Map.of("dev", TinyModels.generate(30, 2)), null);
        assertFalse(r.readout().usesEmotions());
        assertFalse(Provenance.manifest("head", List.of(), List.of(), c, r, null).has(ConcernReadout.KEY));
        Trainer.Result withReadout = new Trainer(c, false).train(rows, Map.of("dev", TinyModels.generate(30, 2)), null);
        assertEquals(List.of(List.of("goemotions:fear", "goemotions:nervousness")), withReadout.readout().groups());
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return Math.log(q / (1 - q));
    }
}
