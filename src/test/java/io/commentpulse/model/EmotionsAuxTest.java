package io.commentpulse.model;

import io.commentpulse.score.BagScorer;
import io.commentpulse.score.GraphLayout;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional emotions column: it survives write → read, trains a third (auxiliary) output judged only within
 * each row's scheme, and leaves the two scored outputs and the fast scoring path as they were.
 */
class EmotionsAuxTest {
    @TempDir
    Path dir;

    @Test
    void emotionLabelsTrainAnAuxiliaryOutputThatScoringIgnores() throws Exception {
        List<LabeledExample> rows = new ArrayList<>();
        for (LabeledExample e : TinyModels.generate(1200, 1)) {
            boolean scared = e.text().contains("scared");
            String emotions = e.id().hashCode() % 2 == 0
                    ? "tiny:" + (scared ? "fear" : "")
                    : "other:" + (e.text().matches(".*(great|lovely|wonderful|happy).*") ? "joy" : "");
            rows.add(new LabeledExample(e.id(), e.text(), e.sentiment(), e.concern(), Double.NaN, emotions));
        }
        Path csv = dir.resolve("labeled.csv");
        LabeledCsv.write(csv, rows, false);
        List<LabeledExample> back = LabeledCsv.read(csv).rows();
        assertEquals(rows.get(0).emotions(), back.get(0).emotions());
        assertEquals(rows.size(), back.size());

        TrainConfig c = new TrainConfig(5, 8, 8, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, true);
        Trainer.Result r = new Trainer(c, false).train(back, Map.of("dev", TinyModels.generate(60, 2)), null);
        assertEquals(List.of("other:joy", "tiny:fear"), r.emotionLabels());
        assertEquals(3, r.network().getNumOutputArrays());

        List<String> texts = List.of("the story today i am scared", "people said wonderful", "news about the city");
        List<Score> whole = new NetworkScorer(r.network(), r.featurizer(), 8).score(texts);
        List<Score> bag = BagScorer.of(r.network(), r.featurizer(), 8).score(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(whole.get(i).concern(), bag.get(i).concern(), 1e-5);
            assertEquals(whole.get(i).pPositive(), bag.get(i).pPositive(), 1e-5);
        }
        INDArray[] out = r.network().output(false, r.featurizer().encode(texts).features(),
                r.featurizer().encode(texts).masks());
        INDArray emotions = out[2];
        assertEquals(GraphLayout.EMOTIONS, r.network().getConfiguration().getNetworkOutputs().get(2));
        assertTrue(emotions.getDouble(0, 1) > 0.5, "fear for the scared text: " + emotions);
        assertTrue(emotions.getDouble(1, 0) > 0.5, "joy for the wonderful text: " + emotions);
        assertTrue(emotions.getDouble(2, 1) < 0.5 && emotions.getDouble(2, 0) < 0.5, "nothing for plain news: " + emotions);
    }
}
