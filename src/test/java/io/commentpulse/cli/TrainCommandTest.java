package io.commentpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.TinyModels;
import io.commentpulse.score.BagScorer;
import io.commentpulse.score.GraphLayout;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse train} from the command line: its defaults are the shipped recipe, and bad options are usage errors. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private Path tinyCsv(String name, int rows, long seed) throws Exception {
        Path f = dir.resolve(name);
        LabeledCsv.write(f, TinyModels.generate(rows, seed), false);
        return f;
    }

    @Test
    void defaultsTrainTheShippedRecipeWithTheWordConvolution() throws Exception {
        Path train = tinyCsv("train.csv", 300, 1);
        Path dev = tinyCsv("dev.csv", 60, 2);
        Path out = dir.resolve("m");

        assertEquals(0, Main.commandLine().execute("train", "--data", train.toString(), "--dev", dev.toString(),
                "--out", out.toString(), "--no-progress"));
        JsonNode h = ModelFolder.manifest(out).path("hyperparameters");
        assertEquals(128, h.path("convFilters").asInt());
        assertEquals(4, h.path("epochs").asInt());
        assertEquals(128, h.path("batchSize").asInt());
        assertEquals(0.5, h.path("lrDecay").asDouble());
        assertTrue(h.path("emotions").asBoolean(), "emotions on by default");
        assertEquals(0, h.path("pretrainedVocab").asInt(), "no pretrained words without --embeddings");

        ModelFolder.Loaded m = ModelFolder.load(out);
        assertNotNull(m.network().getLayer(GraphLayout.WORD_CONV), "the graph has the word convolution");
        assertInstanceOf(BagScorer.class, Scorers.forModel(m), "and scores on the fast path");

        Path plain = dir.resolve("plain");
        assertEquals(0, Main.commandLine().execute("train", "--data", train.toString(), "--out", plain.toString(),
                "--conv", "0", "--no-emotions", "--epochs", "1", "--no-progress"));
        JsonNode p = ModelFolder.manifest(plain).path("hyperparameters");
        assertEquals(0, p.path("convFilters").asInt());
        assertFalse(p.path("emotions").asBoolean());
        assertEquals(null, ModelFolder.load(plain).network().getConfiguration().getVertices().get(GraphLayout.WORD_CONV));
        assertEquals("as trained", ModelFolder.manifest(plain).path("training").path("best_weights").asText());
    }

    /** With --weight-average the manifest records the decay and which weights won; a file named twice counts twice. */
    @Test
    void weightAverageAndRepeatedFilesAreRecorded() throws Exception {
        Path train = tinyCsv("train.csv", 300, 1);
        Path dev = tinyCsv("dev.csv", 60, 2);
        Path out = dir.resolve("avg");
        assertEquals(0, Main.commandLine().execute("train", "--data", train.toString(), "--data", train.toString(),
                "--data", train.toString(), "--dev", dev.toString(), "--out", out.toString(), "--conv", "0",
                "--no-emotions", "--epochs", "2", "--weight-average", "0.9", "--no-progress"));
        JsonNode m = ModelFolder.manifest(out);
        assertEquals(0.9, m.path("hyperparameters").path("weightAverage").asDouble());
        assertTrue(m.path("training").path("best_weights").asText().matches("moving average|as trained"));
        assertEquals(3, m.path("training_data").size());
        for (JsonNode f : m.path("training_data")) {
            assertEquals(300, f.path("rows").asInt());
        }
        java.util.Set<String> devTexts = new java.util.HashSet<>();
        TinyModels.generate(60, 2).forEach(r -> devTexts.add(TrainCommand.norm(r.text())));
        long overlap = TinyModels.generate(300, 1).stream().filter(r -> devTexts.contains(TrainCommand.norm(r.text()))).count();
        assertEquals(3 * overlap, m.path("dropped_dev_overlap_rows").asInt(), "only dev overlap is dropped, once per copy");
        assertTrue(m.path("dev_metrics").get(0).path("concern").path("roc_auc").asDouble() > 0.9, "it still learns the rule");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path train = dir.resolve("train.csv");
        LabeledCsv.write(train, TinyModels.generate(20, 1), false);
        assertEquals(2, Main.commandLine().execute("train", "--data", train.toString(), "--out", dir.resolve("x").toString(),
                "--conv", "-1"));
        assertEquals(2, Main.commandLine().execute("train", "--data", train.toString(), "--out", dir.resolve("x").toString(),
                "--pretrained-vocab", "10"));
        assertEquals(2, Main.commandLine().execute("train", "--data", train.toString(), "--out", dir.resolve("x").toString(),
                "--weight-average", "1.5"));
        assertEquals(2, Main.commandLine().execute("train", "--data", train.toString(), "--out", dir.resolve("x").toString(),
                "--sentence-vectors", dir.resolve("missing.bin").toString()));
        assertEquals(2, Main.commandLine().execute("train", "--data", train.toString(), "--out", dir.resolve("x").toString(),
                "--sentence-vectors", train.toString()), "a CSV is no vector file");
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    /** --sentence-vectors: the manifest names the file and weight; the saved graph has only its usual outputs. */
    @Test
    void sentenceVectorsAreRecordedAndLeaveNoExtraOutput() throws Exception {
        Path train = tinyCsv("train.csv", 300, 1);
        java.util.Map<String, float[]> v = new java.util.HashMap<>();
        for (var r : TinyModels.generate(300, 1)) {
            v.put(r.text(), new float[]{r.concern(), r.sentiment().ordinal(), r.text().length()});
        }
        Path vectors = dir.resolve("vectors.bin");
        new io.commentpulse.model.teacher.VectorFile("test-encoder", v).write(vectors);
        Path out = dir.resolve("sv");
        assertEquals(0, Main.commandLine().execute("train", "--data", train.toString(), "--out", out.toString(),
                "--sentence-vectors", vectors.toString(), "--sentence-weight", "2", "--epochs", "1", "--no-progress"));
        JsonNode sv = ModelFolder.manifest(out).path("hyperparameters").path("sentence_vectors");
        assertEquals("vectors.bin", sv.path("file").asText());
        assertEquals(2.0, sv.path("weight").asDouble());
        assertEquals("test-encoder", sv.path("encoder").asText());
        assertEquals(io.commentpulse.io.Hashing.sha256(vectors), sv.path("sha256").asText());
        ModelFolder.Loaded m = ModelFolder.load(out);
        // rows without emotions: no emotions output, and the merge that fed only the sentence output is gone too
        assertEquals(java.util.List.of(GraphLayout.SENTIMENT, GraphLayout.CONCERN),
                m.network().getConfiguration().getNetworkOutputs());
        assertEquals(null, m.network().getConfiguration().getVertices().get("both_hidden"));
        assertInstanceOf(BagScorer.class, Scorers.forModel(m), "it scores on the fast path");
    }

    /** Issue 16, item 8: say how many rows were used and skipped; never train on a handful of rows without a word. */
    @Test
    void trainRefusesAHandfulOfRowsAndEvaluateExitsOneWhenItSkippedRows() throws Exception {
        Path few = dir.resolve("few.csv");
        Files.writeString(few, "id,text,sentiment,concern\n1,i am scared,negative,1\n2,lovely day,positive,0\n"
                + "3,ok then,neutral,0\n4,what now,sentiment?,0\n5,so worried,negative,1\n");
        Object[] r = ExtractBadInputTest.run("train", "--data", few.toString(), "--out", dir.resolve("m").toString(),
                "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("only 4 usable training rows (1 skipped); training needs at least 100"),
                (String) r[1]);
        assertFalse(Files.exists(dir.resolve("m")));

        Path model = io.commentpulse.model.TinyModels.trainAndSave(dir.resolve("tiny"), 300, 4);
        r = ExtractBadInputTest.run("evaluate", "--model", model.toString(), "--data", few.toString());
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("few.csv: row 5: unknown sentiment 'sentiment?'"), (String) r[1]);
        assertTrue(((String) r[1]).contains("evaluated on 4 rows, 1 skipped"), (String) r[1]);
    }
}
