package io.commentpulse.model;

import io.commentpulse.score.NetworkScorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private static double meanConcernOnScared(Trainer.Result r) {
        List<String> texts = TinyModels.generate(300, 5).stream().filter(e -> e.concern() == 1)
                .map(LabeledExample::text).toList();
        NetworkScorer scorer = new NetworkScorer(r.network(), r.featurizer(), 64);
        return scorer.score(texts).stream().mapToDouble(s -> s.concern()).average().orElseThrow();
    }
}
