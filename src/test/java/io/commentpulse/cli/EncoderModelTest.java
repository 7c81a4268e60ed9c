package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional encoder model (issue 14): heads trained by {@code pulse train-heads} on real labeled news-reader
 * comments (the project's own set), saved as a model folder that every --model command loads like the default, with
 * its checksums checked, calibrated by {@code pulse calibrate}, and refused where a network is needed.
 */
class EncoderModelTest {
    static final Path LABELS = Path.of("models", "data", "news-readers", "labels.csv");

    @TempDir
    Path dir;

    Path part(String split, int n) throws Exception {
        return part(dir, split, n);
    }

    /** A small labeled CSV of real comments in {@code dir}: the first {@code n} of a split, both concern labels present. */
    static Path part(Path dir, String split, int n) throws Exception {
        Path all = dir.resolve(split + "-all.csv");
        assertEquals(0, ExtractBadInputTest.run("import", "news-readers", LABELS.toString(), "--split", split,
                "--out", all.toString())[0]);
        List<LabeledExample> rows = LabeledCsv.read(all).rows();
        List<LabeledExample> some = new ArrayList<>(rows.stream().filter(r -> Integer.valueOf(1).equals(r.concern())).limit(n / 4).toList());
        rows.stream().filter(r -> Integer.valueOf(0).equals(r.concern())).limit(n - some.size()).forEach(some::add);
        Path out = dir.resolve(split + ".csv");
        LabeledCsv.write(out, some, false);
        return out;
    }

    @Test
    void trainedHeadsLoadScoreCalibrateAndAreChecked() throws Exception {
        Path train = part("train", 160);
        Path dev = part("dev", 60);
        Path model = dir.resolve("enc");
        Object[] r = ExtractBadInputTest.run("train-heads", "--data", train.toString(), "--dev", dev.toString(),
                "--out", model.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        ModelFolder.Loaded m = ModelFolder.load(model);
        assertTrue(m.encoderScorer().isPresent());
        assertTrue(m.manifest().path("dev_metrics").path("dev").path("concern").path("roc_auc").asDouble() > 0.5);

        List<LabeledExample> devRows = LabeledCsv.read(dev).rows();
        List<String> texts = devRows.stream().map(LabeledExample::text).toList();
        List<Score> a = Scorers.forModel(m).score(texts);
        List<Score> b = Scorers.forModel(ModelFolder.load(model)).score(texts);
        assertEquals(a, b, "a saved model scores as it did");
        double worried = 0;
        double calm = 0;
        for (int i = 0; i < devRows.size(); i++) {
            if (Integer.valueOf(1).equals(devRows.get(i).concern())) {
                worried += a.get(i).concern() / (devRows.size() / 4.0);
            } else {
                calm += a.get(i).concern() / (devRows.size() * 3 / 4.0);
            }
        }
        assertTrue(worried > calm, "worried readers score higher: " + worried + " vs " + calm);

        // used like the default: run over the seeds
        Path out = dir.resolve("out");
        r = ExtractBadInputTest.run("run", "seeds", "--model", model.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(8, RealRedditThreadTest.rows(out.resolve("scored.csv")).size());

        // calibrated like the default: the ranking stays, the threshold maps along
        Path cal = dir.resolve("enc-cal");
        r = ExtractBadInputTest.run("calibrate", "--model", model.toString(), "--data", dev.toString(), "--out", cal.toString());
        assertEquals(0, r[0], (String) r[1]);
        List<Score> c = Scorers.forModel(ModelFolder.load(cal)).score(texts);
        for (int i = 1; i < texts.size(); i++) {
            assertEquals(Double.compare(a.get(i).concern(), a.get(0).concern()),
                    Double.compare(c.get(i).concern(), c.get(0).concern()));
        }
        assertNotEquals(m.concernThreshold(), ModelFolder.load(cal).concernThreshold());

        // a network is needed to retrain or to read other concern outputs
        assertEquals(2, ExtractBadInputTest.run("retrain", "--base", model.toString(), "--data", train.toString(),
                "--out", dir.resolve("x").toString())[0]);
        assertEquals(2, ExtractBadInputTest.run("evaluate", "--model", model.toString(), "--data", dev.toString(),
                "--readout", "head")[0]);

        // changed weights are refused
        Path heads = model.resolve("heads.json");
        Files.writeString(heads, Files.readString(heads).replaceFirst("\"concern_b\" : (-?)", "\"concern_b\" : $11"));
        ModelFolder.InvalidModelException e = assertThrows(ModelFolder.InvalidModelException.class, () -> ModelFolder.load(model));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }
}
