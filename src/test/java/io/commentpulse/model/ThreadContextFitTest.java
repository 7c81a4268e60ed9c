package io.commentpulse.model;

import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import io.commentpulse.score.ThreadContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thread context is fitted to what threads say: a weight where worry runs by thread, none where it does not; and
 * on real reactions to news (BU-NEmo dev, split by news item) it ranks readers of news items it was not fitted on
 * better than their texts alone do.
 */
class ThreadContextFitTest {
    /** Threads whose readers are worried at their own rate; the model sees each text with noise. */
    private static double fitWeight(boolean worryRunsByThread) throws Exception {
        Random r = new Random(3);
        List<String> threads = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            double rate = worryRunsByThread ? (t % 3 == 0 ? 0.6 : 0.05) : 0.22;
            for (int k = 0; k < 15; k++) {
                int y = r.nextDouble() < rate ? 1 : 0;
                threads.add("t" + t);
                gold.add(y);
                p.add(1 / (1 + Math.exp(-(y == 1 ? 0.5 : -2.5) - 1.5 * r.nextGaussian())));
            }
        }
        ThreadContext c = ThreadContextFit.fit(threads, p.stream().mapToDouble(Double::doubleValue).toArray(),
                gold.stream().mapToInt(Integer::intValue).toArray(), 2);
        return c.weight();
    }

    @Test
    void theWeightIsWhatTheThreadsSay() throws Exception {
        double by = fitWeight(true);
        double none = fitWeight(false);
        assertTrue(by > 0.5, "worry that runs by thread: weight " + by);
        assertTrue(Math.abs(none) < 0.3, "worry that does not: weight " + none);
    }

    @Test
    void tooFewThreadsAreRefused() {
        assertThrows(io.commentpulse.model.PlattScaling.CannotFitException.class, () -> ThreadContextFit.fit(
                java.util.Arrays.asList("a", "a", null, null), new double[]{0.1, 0.9, 0.2, 0.3}, new int[]{0, 1, 0, 1}, 2));
    }

    /**
     * BU-NEmo dev's news items in two halves: fitted on one half, the context must rank the other half's readers
     * better than the default's text-alone reading, both ways round (measured: 0.756 -> 0.781 and 0.811 -> 0.825).
     */
    @Test
    void readersOfUnseenNewsItemsRankBetterInTheirThreads() throws Exception {
        Path model = Path.of("models", "default");
        Assumptions.assumeTrue(Files.isRegularFile(BuNemoImporterTest.DATA), "needs ../shared/data/bu-nemo");
        Assumptions.assumeTrue(Files.isRegularFile(model.resolve(ModelFolder.MANIFEST)), "no default model");
        List<LabeledExample> rows = new BuNemoImporter().read(BuNemoImporterTest.DATA, UnitSplit.DEV);
        List<Score> scores = Scorers.forModel(ModelFolder.load(model)).score(rows.stream().map(LabeledExample::text).toList());
        double[] p = scores.stream().mapToDouble(Score::concern).toArray();
        int[] gold = rows.stream().mapToInt(LabeledExample::concern).toArray();
        for (int half = 0; half < 2; half++) {
            List<String> fitThreads = new ArrayList<>();
            List<String> testThreads = new ArrayList<>();
            for (LabeledExample e : rows) {
                boolean inFit = (Math.floorMod(e.thread().hashCode(), 2) == half);
                fitThreads.add(inFit ? e.thread() : null);
                testThreads.add(inFit ? null : e.thread());
            }
            ThreadContext c = ThreadContextFit.fit(fitThreads, p, gold, 2);
            double[] q = c.apply(testThreads, p);
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (testThreads.get(i) != null) {
                    idx.add(i);
                }
            }
            int[] g = idx.stream().mapToInt(i -> gold[i]).toArray();
            double alone = Metrics.rocAuc(g, idx.stream().mapToDouble(i -> p[i]).toArray());
            double inThread = Metrics.rocAuc(g, idx.stream().mapToDouble(i -> q[i]).toArray());
            System.out.printf("BU-NEmo dev, half %d of the news items unseen: ROC-AUC %.4f alone, %.4f in threads%n",
                    half, alone, inThread);
            assertTrue(inThread >= alone + 0.01, "half " + half + ": " + alone + " -> " + inThread);
        }
    }
}
