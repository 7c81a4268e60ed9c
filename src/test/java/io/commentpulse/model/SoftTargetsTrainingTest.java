package io.commentpulse.model;

import io.commentpulse.score.FeatureConfig;
import io.commentpulse.score.Featurizer;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Sentiment;
import io.commentpulse.score.Vocabulary;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soft targets replace the hard labels in training: a network taught that "i am scared" means concern 0.3 (a
 * teacher's probability) says about 0.3 there, where the same network trained on the hard label 1 says nearly 1.
 */
class SoftTargetsTrainingTest {
    private static final TrainConfig CONFIG =
            new TrainConfig(7, 5, 5, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);

    @Test
    void aNetworkLearnsTheTeachersProbabilityNotTheHardLabel() throws Exception {
        List<LabeledExample> hard = TinyModels.generate(800, 1);
        List<LabeledExample> soft = new ArrayList<>();
        for (LabeledExample r : hard) {
            soft.add(r.withSoft(new SoftTargets(r.concern() == 1 ? 0.3 : 0.0, Double.NaN, Double.NaN, Double.NaN)));
        }
        Map<String, List<LabeledExample>> dev = Map.of("dev", TinyModels.generate(200, 9));
        double hardScared = meanConcernOnScared(new Trainer(CONFIG, false).train(hard, dev, null));
        double softScared = meanConcernOnScared(new Trainer(CONFIG, false).train(soft, dev, null));
        System.out.printf("mean concern on worried rows: hard labels %.3f, soft targets 0.3 %.3f%n", hardScared, softScared);
        assertTrue(hardScared > 0.7, "hard labels: mean concern on worried rows " + hardScared);
        assertTrue(softScared > 0.15 && softScared < 0.45, "soft targets 0.3: mean concern on worried rows " + softScared);
    }

    @Test
    void aBatchCarriesEachRowsSoftTargetsInPlaceOfItsLabelsAndMasksOnlyRowsWithNone() {
        List<LabeledExample> rows = List.of(
                new LabeledExample("hard", "the story is awful", Sentiment.NEGATIVE, 1, Double.NaN),
                new LabeledExample("soft", "the story is great", Sentiment.POSITIVE, 0, Double.NaN)
                        .withSoft(new SoftTargets(0.35, 0.1, 0.2, 0.7)),
                new LabeledExample("teacher only", "i am scared", null, null, Double.NaN)
                        .withSoft(new SoftTargets(0.9, 0.6, 0.3, 0.1)),
                new LabeledExample("sentiment only", "the story", Sentiment.NEUTRAL, null, Double.NaN));
        TrainingData data = new TrainingData(rows, null,
                new Featurizer(new Vocabulary(List.of("the", "story", "awful", "great", "scared")), FeatureConfig.defaults()),
                null);
        MultiDataSet b = data.batch(new int[]{0, 1, 2, 3});
        float[][] sentiment = b.getLabels(0).toFloatMatrix();
        assertArrayEquals(new float[]{1, 0, 0}, sentiment[0]);
        assertArrayEquals(new float[]{0.1f, 0.2f, 0.7f}, sentiment[1], 1e-6f);
        assertArrayEquals(new float[]{0.6f, 0.3f, 0.1f}, sentiment[2], 1e-6f);
        assertArrayEquals(new float[]{0, 1, 0}, sentiment[3]);
        float[] concern = b.getLabels(1).reshape(4).toFloatVector();
        float[] mask = b.getLabelsMaskArray(1).reshape(4).toFloatVector();
        assertArrayEquals(new float[]{1, 0.35f, 0.9f, 0}, concern, 1e-6f);
        assertArrayEquals(new float[]{1, 1, 1, 0}, mask, "the row with no concern target is masked out");
        double[] weights = Trainer.sentimentWeights(rows);
        assertEquals(3, weights.length);
        assertTrue(weights[1] > weights[0], "neutral is rarer than negative once the teacher's 0.6 is counted: "
                + java.util.Arrays.toString(weights));
    }

    private static double meanConcernOnScared(Trainer.Result r) {
        List<String> texts = TinyModels.generate(300, 5).stream().filter(e -> e.concern() == 1)
                .map(LabeledExample::text).toList();
        NetworkScorer scorer = new NetworkScorer(r.network(), r.featurizer(), 64);
        return scorer.score(texts).stream().mapToDouble(s -> s.concern()).average().orElseThrow();
    }
}
