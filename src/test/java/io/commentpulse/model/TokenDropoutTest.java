package io.commentpulse.model;

import io.commentpulse.score.FeatureConfig;
import io.commentpulse.score.Featurizer;
import io.commentpulse.score.Vocabulary;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token dropout hides tokens through the masks only, never a whole row, and is off at 0. */
class TokenDropoutTest {
    private final List<LabeledExample> rows = TinyModels.generate(64, 4);
    private final TrainingData data = new TrainingData(rows, null,
            new Featurizer(new Vocabulary(List.of("the", "story", "awful", "great", "scared")), FeatureConfig.defaults()),
            null);
    private final int[] all = java.util.stream.IntStream.range(0, rows.size()).toArray();

    @Test
    void masksAboutTheGivenShareOfTokensButKeepsOneOfEachPerRowAndTheIdsAndLabels() {
        MultiDataSet plain = data.batch(all);
        MultiDataSet dropped = data.batch(all, 0.5, new Random(1));
        for (int input = 0; input < 2; input++) {
            assertEquals(plain.getFeatures(input), dropped.getFeatures(input), "ids unchanged");
            INDArray before = plain.getFeaturesMaskArray(input);
            INDArray after = dropped.getFeaturesMaskArray(input);
            double share = after.sumNumber().doubleValue() / before.sumNumber().doubleValue();
            assertTrue(share > 0.4 && share < 0.65, "kept share " + share);
            assertTrue(after.sub(before).maxNumber().doubleValue() <= 0, "only real tokens are kept");
            for (int r = 0; r < rows.size(); r++) {
                assertTrue(after.getRow(r).sumNumber().doubleValue() >= 1, "row " + r + " keeps a token");
            }
        }
        assertEquals(plain.getLabels(0), dropped.getLabels(0));
        assertEquals(plain.getLabels(1), dropped.getLabels(1));
    }

    @Test
    void nearlyAllDroppedStillLeavesOneTokenAndZeroDropsNothing() {
        MultiDataSet heavy = data.batch(all, 0.999, new Random(2));
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(1.0, heavy.getFeaturesMaskArray(0).getRow(r).sumNumber().doubleValue(), "row " + r);
        }
        assertEquals(data.batch(all).getFeaturesMaskArray(1), data.batch(all, 0, new Random(3)).getFeaturesMaskArray(1));
    }
}
