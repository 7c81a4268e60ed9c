package io.commentpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentpulse.model.GoEmotionsImporter;
import io.commentpulse.model.LabelQueue;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Score;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's loop end to end: score comments, take a label queue, fill it from gold labels (GoEmotions dev), retrain
 * with replay, and check the new model against the base on held-back rows of the same domain. Needs ../shared/data
 * and models/default; skipped without them.
 */
class RetrainLoopTest {
    static final Path GOEMOTIONS = Path.of("..", "shared", "data", "goemotions");
    static final Path MODEL = Path.of("models", "default");

    @TempDir
    Path dir;

    @Test
    void labelQueueThenRetrainImprovesOnHeldBackRows() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(GOEMOTIONS) && Files.isRegularFile(MODEL.resolve("manifest.json")),
                "needs ../shared/data and models/default");
        List<LabeledExample> dev = new GoEmotionsImporter().read(GOEMOTIONS.resolve("dev.tsv"));
        List<LabeledExample> pool = dev.subList(0, 3000);
        List<LabeledExample> heldBack = dev.subList(3000, dev.size());
        ModelFolder.Loaded base = ModelFolder.load(MODEL);
        List<Score> scores = new NetworkScorer(base, 256).score(pool.stream().map(LabeledExample::text).toList());
        List<LabelQueue.Candidate> candidates = new ArrayList<>();
        Map<String, LabeledExample> gold = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            Score s = scores.get(i);
            candidates.add(new LabelQueue.Candidate(pool.get(i).id(), pool.get(i).text(), s.pNegative(), s.pNeutral(),
                    s.pPositive(), s.concern()));
            gold.put(pool.get(i).id(), pool.get(i));
        }
        List<LabelQueue.Pick> picks = new LabelQueue(base.concernThreshold(), 0.5).select(candidates, 1000);
        assertEquals(1000, picks.size());
        List<LabeledExample> labeled = picks.stream().map(p -> gold.get(p.candidate().id())).toList();
        Path labels = dir.resolve("labeled.csv");
        Path held = dir.resolve("held-back.csv");
        Path replay = dir.resolve("replay.csv");
        LabeledCsv.write(labels, labeled, false);
        LabeledCsv.write(held, heldBack, false);
        LabeledCsv.write(replay, new GoEmotionsImporter().read(GOEMOTIONS.resolve("train.tsv")).subList(0, 3000), false);

        Path out = dir.resolve("retrained");
        int code = Main.commandLine().execute("retrain", "--base", MODEL.toString(), "--data", labels.toString(),
                "--dev", held.toString(), "--replay", replay.toString(), "--replay-ratio", "1", "--out", out.toString(),
                "--no-original-dev", "--no-progress", "--resamples", "100");
        assertEquals(0, code);
        JsonNode manifest = ModelFolder.manifest(out);
        assertEquals(MODEL.toString(), manifest.path("base_model").path("path").asText());
        assertEquals(64, manifest.path("training_data").get(0).path("sha256").asText().length());
        double baseSum = 0;
        double newSum = 0;
        for (JsonNode row : manifest.path("comparison")) {
            if (row.path("data").asText().equals("new-labels-dev")) {
                baseSum += row.path("base").asDouble();
                newSum += row.path("new").asDouble();
            }
        }
        assertTrue(newSum > baseSum, "new " + newSum + " vs base " + baseSum);
        ModelFolder.load(out); // checksums of the new model verify
    }
}
