package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.NewsReadersImporter;
import io.commentpulse.model.UnitSplit;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code pulse soften} on real labeled news comments, with the shipped default as the teacher: every target is the
 * stated blend of the row's label and the teacher's probability, missing labels come from the teacher, and the hard
 * labels are kept for evaluation.
 */
class SoftenCommandTest {
    private static final Path DEFAULT = Path.of("models", "default");

    @Test
    void targetsBlendEachLabelWithTheTeachersProbability(@TempDir Path dir) throws Exception {
        List<LabeledExample> rows = civilTrainRows(120);
        List<LabeledExample> input = new ArrayList<>(rows.subList(0, 100));
        for (LabeledExample r : rows.subList(100, 120)) { // concern only, as BU-NEmo's rows are
            input.add(new LabeledExample(r.id(), r.text(), null, r.concern(), Double.NaN));
        }
        Path in = dir.resolve("news.csv");
        LabeledCsv.write(in, input, false);
        Path out = dir.resolve("soft.csv");
        assertEquals(0, Main.commandLine().execute("soften", "--teacher", DEFAULT.toString(), "--data", in.toString(),
                "--weight", "0.25", "--out", out.toString(), "--no-progress"));

        List<LabeledExample> soft = LabeledCsv.read(out).rows();
        assertEquals(input.size(), soft.size());
        List<Score> teacher = Scorers.forModel(ModelFolder.load(DEFAULT)).score(input.stream().map(LabeledExample::text).toList());
        for (int i = 0; i < soft.size(); i++) {
            LabeledExample before = input.get(i), after = soft.get(i);
            Score t = teacher.get(i);
            assertEquals(before.concern(), after.concern(), "the hard label stays");
            assertEquals(before.sentiment(), after.sentiment(), "the hard label stays");
            assertEquals(0.75 * before.concern() + 0.25 * t.concern(), after.soft().concern(), 1e-4, before.text());
            double[] p = {after.soft().negative(), after.soft().neutral(), after.soft().positive()};
            double[] tp = {t.pNegative(), t.pNeutral(), t.pPositive()};
            for (int k = 0; k < 3; k++) {
                double expected = before.sentiment() == null ? tp[k]
                        : 0.75 * (before.sentiment().ordinal() == k ? 1 : 0) + 0.25 * tp[k];
                assertEquals(expected, p[k], 2e-4, before.text());
            }
        }
    }

    @Test
    void onlyLabeledAndNoSentimentLeaveWhatTheySayAndABadWeightIsAUsageError(@TempDir Path dir) throws Exception {
        List<LabeledExample> input = new ArrayList<>();
        for (LabeledExample r : civilTrainRows(30)) {
            input.add(new LabeledExample(r.id(), r.text(), null, r.concern(), Double.NaN));
        }
        Path in = dir.resolve("concern-only.csv");
        LabeledCsv.write(in, input, false);
        Path out = dir.resolve("soft.csv");
        assertEquals(0, Main.commandLine().execute("soften", "--teacher", DEFAULT.toString(), "--data", in.toString(),
                "--only-labeled", "--out", out.toString(), "--no-progress"));
        for (LabeledExample r : LabeledCsv.read(out).rows()) {
            assertTrue(r.soft().hasConcern());
            assertFalse(r.soft().hasSentiment(), "a sentiment target was made up for " + r.id());
            assertNull(r.sentiment());
        }
        Path concernOnly = dir.resolve("concern-soft.csv");
        List<LabeledExample> both = civilTrainRows(30);
        Path bothIn = dir.resolve("both.csv");
        LabeledCsv.write(bothIn, both, false);
        assertEquals(0, Main.commandLine().execute("soften", "--teacher", DEFAULT.toString(), "--data", bothIn.toString(),
                "--no-sentiment", "--out", concernOnly.toString(), "--no-progress"));
        List<LabeledExample> soft = LabeledCsv.read(concernOnly).rows();
        for (int i = 0; i < soft.size(); i++) {
            assertTrue(soft.get(i).soft().hasConcern());
            assertFalse(soft.get(i).soft().hasSentiment(), "--no-sentiment gave a sentiment target");
            assertEquals(both.get(i).sentiment(), soft.get(i).sentiment());
        }
        Path none = dir.resolve("none.csv");
        assertEquals(2, Main.commandLine().execute("soften", "--teacher", DEFAULT.toString(), "--data", in.toString(),
                "--weight", "1.5", "--out", none.toString(), "--no-progress"));
        assertFalse(Files.exists(none));
    }

    private static List<LabeledExample> civilTrainRows(int n) throws Exception {
        Path labels = Path.of("models", "data", "news-readers", "labels.csv");
        List<LabeledExample> all = new NewsReadersImporter(page -> List.of()).read(labels, UnitSplit.TRAIN);
        List<LabeledExample> withBoth = all.stream().filter(r -> r.concern() != null && r.sentiment() != null).toList();
        // the first n with both labels, worried ones included
        List<LabeledExample> out = new ArrayList<>(withBoth.stream().filter(r -> r.concern() == 1).limit(n / 4).toList());
        withBoth.stream().filter(r -> r.concern() == 0).limit(n - out.size()).forEach(out::add);
        return out;
    }
}
