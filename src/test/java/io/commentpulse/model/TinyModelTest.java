package io.commentpulse.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Score;
import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trains a tiny model on generated data with an obvious rule, then checks save/load and tamper detection. */
class TinyModelTest {
    @TempDir
    Path dir;

    @Test
    void learnsAnObviousRuleAndSurvivesSaveAndLoad() throws Exception {
        TrainConfig c = new TrainConfig(7, 6, 6, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Map<String, List<LabeledExample>> dev = new LinkedHashMap<>();
        dev.put("dev", TinyModels.generate(200, 2));
        Trainer.Result r = new Trainer(c, false).train(TinyModels.generate(800, 1), dev, null);
        Evaluation e = r.dev().get(0);
        assertTrue(e.accuracy() > 0.95, "sentiment accuracy " + e.accuracy());
        assertTrue(e.rocAuc() > 0.95, "concern ROC-AUC " + e.rocAuc());

        Path m = dir.resolve("tiny");
        ObjectNode manifest = Provenance.manifest("tiny", List.of(), List.of(), c, r, null);
        ModelFolder.save(m, r.network(), r.featurizer(), manifest);
        List<String> texts = List.of("the story today awful", "people said wonderful i am scared", "news");
        List<Score> before = new NetworkScorer(r.network(), r.featurizer(), 2).score(texts);
        ModelFolder.Loaded loaded = ModelFolder.load(m);
        List<Score> after = new NetworkScorer(loaded, 256).score(texts);
        assertEquals(before, after);
        assertEquals(Sentiment.NEGATIVE, after.get(0).sentiment());
        assertEquals(Sentiment.POSITIVE, after.get(1).sentiment());
        assertTrue(after.get(1).concern() > 0.5 && after.get(0).concern() < 0.5);

        // Issue 16, item 6: the manifest's scoring parts are sealed; its provenance may be annotated
        ObjectNode edited = (ObjectNode) ModelFolder.manifest(m);
        edited.put("note", "reviewed by the desk on Monday");
        Files.writeString(m.resolve(ModelFolder.MANIFEST), edited.toPrettyString());
        ModelFolder.load(m);
        edited.putObject("concern_calibration").put("slope", 1).put("intercept", 8);
        Files.writeString(m.resolve(ModelFolder.MANIFEST), edited.toPrettyString());
        ModelFolder.InvalidModelException sealed = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(m));
        assertTrue(sealed.getMessage().contains("concern_calibration differs from what model.sha256 records"),
                sealed.getMessage());
        Files.writeString(m.resolve(ModelFolder.MANIFEST), ((ObjectNode) edited).without("concern_calibration").toPrettyString());
        ModelFolder.load(m);
        Files.delete(m.resolve("model.sha256"));
        sealed = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(m));
        assertTrue(sealed.getMessage().contains("missing model.sha256"), sealed.getMessage());
        io.commentpulse.score.ManifestSeal.write(m, ModelFolder.manifest(m));

        Files.write(m.resolve(ModelFolder.VOCAB), "tampered\n".getBytes(), StandardOpenOption.APPEND);
        ModelFolder.InvalidModelException ex = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(m));
        assertTrue(ex.getMessage().contains("checksum mismatch"), ex.getMessage());
    }

    @Test
    void aNetworkFileWithoutWeightsIsRefusedClearly() throws Exception {
        TrainConfig c = new TrainConfig(3, 1, 1, 32, 0.01, 8, 8, 8, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Trainer.Result r = new Trainer(c, false).train(TinyModels.generate(100, 1), Map.of("dev", TinyModels.generate(30, 2)), null);
        Path m = dir.resolve("broken");
        ModelFolder.save(m, r.network(), r.featurizer(), Provenance.manifest("broken", List.of(), List.of(), c, r, null));
        // A network.zip holding only the configuration, with a manifest that vouches for it: the checksums pass, and
        // loading must still name the file and what is missing.
        Path zip = m.resolve(ModelFolder.NETWORK);
        byte[] config;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            config = z.getInputStream(z.getEntry("configuration.json")).readAllBytes();
        }
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("configuration.json"));
            out.write(config);
            out.closeEntry();
        }
        ObjectNode manifest = (ObjectNode) ModelFolder.manifest(m);
        ((ObjectNode) manifest.path("files").path(ModelFolder.NETWORK)).put("sha256", io.commentpulse.io.Hashing.sha256(zip));
        Files.writeString(m.resolve(ModelFolder.MANIFEST), manifest.toPrettyString());
        io.commentpulse.score.ManifestSeal.write(m, manifest);
        ModelFolder.InvalidModelException ex = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(m));
        assertTrue(ex.getMessage().contains("no coefficients.bin inside") && ex.getMessage().contains(zip.toString()),
                ex.getMessage());
    }

    @Test
    void sameSeedSameModel() throws Exception {
        TrainConfig c = new TrainConfig(3, 2, 2, 32, 0.01, 8, 8, 8, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Map<String, List<LabeledExample>> dev = Map.of("dev", TinyModels.generate(50, 2));
        Trainer.Result a = new Trainer(c, false).train(TinyModels.generate(200, 1), dev, null);
        Trainer.Result b = new Trainer(c, false).train(TinyModels.generate(200, 1), dev, null);
        assertEquals(a.network().params(), b.network().params());
    }
}
