package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.TinyModels;
import io.commentpulse.score.ConcernCalibration;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tiny model learns "i am scared" means concern, with near-certain probabilities. In the comments it is then
 * used on, only 60% of scared comments (and 10% of the others) are really worried: calibrating on such comments
 * must bring the probabilities to those rates without changing any ranking or decision.
 */
class CalibrateCommandTest {
    @TempDir
    Path home;

    @Test
    void probabilitiesMoveToTheNewRatesAndNothingElseChanges() throws Exception {
        Path model = TinyModels.trainAndSave(home.resolve("tiny"), 600, 4);

        Random random = new Random(5);
        List<LabeledExample> domain = new ArrayList<>();
        for (LabeledExample e : TinyModels.generate(1500, 11)) {
            boolean scared = e.text().contains("scared");
            int worried = random.nextDouble() < (scared ? 0.6 : 0.1) ? 1 : 0;
            domain.add(new LabeledExample(e.id(), e.text(), e.sentiment(), worried, Double.NaN));
        }
        Path csv = home.resolve("domain.csv");
        LabeledCsv.write(csv, domain, false);
        Path out = home.resolve("tiny-calibrated");
        assertEquals(0, Main.commandLine().execute("calibrate", "--model", model.toString(), "--data", csv.toString(),
                "--out", out.toString()));

        ModelFolder.Loaded before = ModelFolder.load(model);
        ModelFolder.Loaded after = ModelFolder.load(out);
        assertFalse(before.calibration().isPresent());
        assertTrue(after.calibration().isPresent());
        List<String> texts = domain.stream().map(LabeledExample::text).toList();
        List<Score> raw = Scorers.forModel(before).score(texts);
        List<Score> cal = Scorers.forModel(after).score(texts);
        double scaredMean = 0, otherMean = 0, rawScared = 0;
        int scared = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(raw.get(i).pPositive(), cal.get(i).pPositive(), 0.0, "sentiment untouched");
            assertEquals(raw.get(i).concern() >= before.concernThreshold(), cal.get(i).concern() >= after.concernThreshold(),
                    "same decision at the mapped threshold: " + texts.get(i));
            if (texts.get(i).contains("scared")) {
                scaredMean += cal.get(i).concern();
                rawScared += raw.get(i).concern();
                scared++;
            } else {
                otherMean += cal.get(i).concern();
            }
        }
        scaredMean /= scared;
        otherMean /= texts.size() - scared;
        System.out.printf("raw mean concern of scared comments %.3f; calibrated %.3f%n", rawScared / scared, scaredMean);
        assertTrue(rawScared / scared > 0.7, "the tiny model is sure of scared comments before: " + rawScared / scared);
        assertEquals(0.6, scaredMean, 0.08, "scared comments");
        assertEquals(0.1, otherMean, 0.04, "other comments");
        for (int i = 1; i < texts.size(); i++) { // a rising map: every pair keeps its order
            assertEquals(Double.compare(raw.get(i).concern(), raw.get(i - 1).concern()),
                    Double.compare(cal.get(i).concern(), cal.get(i - 1).concern()), texts.get(i));
        }

        // calibrating the calibrated model fits the network's raw output again: the same calibration
        Path again = home.resolve("again");
        assertEquals(0, Main.commandLine().execute("calibrate", "--model", out.toString(), "--data", csv.toString(),
                "--out", again.toString()));
        ConcernCalibration a = after.calibration().orElseThrow();
        ConcernCalibration b = ModelFolder.load(again).calibration().orElseThrow();
        assertEquals(a.slope(), b.slope(), 1e-12);
        assertEquals(a.intercept(), b.intercept(), 1e-12);
        assertEquals(after.concernThreshold(), ModelFolder.load(again).concernThreshold(), 1e-12);
    }

    @Test
    void badCalibrationsAndTooLittleDataAreRefused() throws Exception {
        Path model = TinyModels.trainAndSave(home.resolve("tiny"), 300, 2);

        Path few = home.resolve("few.csv");
        LabeledCsv.write(few, TinyModels.generate(20, 4), false);
        Path out = home.resolve("out");
        assertEquals(2, Main.commandLine().execute("calibrate", "--model", model.toString(), "--data", few.toString(),
                "--out", out.toString()));
        assertFalse(Files.exists(out), "nothing written");

        ObjectNode m = (ObjectNode) ModelFolder.manifest(model);
        m.putObject(ConcernCalibration.KEY).put("slope", -1.0).put("intercept", 0.0);
        ModelFolder.json().writeValue(model.resolve(ModelFolder.MANIFEST).toFile(), m);
        ModelFolder.InvalidModelException e = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(model));
        assertTrue(e.getMessage().contains(ConcernCalibration.KEY), e.getMessage());
    }
}
