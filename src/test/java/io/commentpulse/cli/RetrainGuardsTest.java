package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.TinyModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** retrain never compares on what it trains on, and refuses to train on too few rows (as train does). */
class RetrainGuardsTest {
    @TempDir
    Path dir;

    @Test
    void theRowsComparedOnAreNeverTrainedOnAndTooFewRowsAreRefused() throws Exception {
        Path labels = dir.resolve("mine.csv");
        LabeledCsv.write(labels, TinyModels.generate(300, 4), false);
        Path out = dir.resolve("m");
        // the same file as data and as dev: every training row is also compared on
        Object[] r = ExtractBadInputTest.run("retrain", "--base", "models/default", "--data", labels.toString(), "--dev",
                labels.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("dropped 300 training rows whose text is also compared on"), (String) r[1]);
        assertFalse(Files.exists(out));
        Path few = dir.resolve("few.csv");
        LabeledCsv.write(few, TinyModels.generate(60, 5), false);
        r = ExtractBadInputTest.run("retrain", "--base", "models/default", "--data", few.toString(), "--out",
                out.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("retrain needs at least 100"), (String) r[1]);
        assertFalse(Files.exists(out));
    }
}
