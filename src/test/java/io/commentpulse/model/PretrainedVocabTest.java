package io.commentpulse.model;

import io.commentpulse.score.GraphLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --pretrained-vocab}: frequent pretrained words join the vocabulary and, if never trained on, keep their vector. */
class PretrainedVocabTest {
    @TempDir
    Path dir;

    @Test
    void unseenPretrainedWordsKeepTheirVectors() throws Exception {
        int dim = 16;
        Random rnd = new Random(3);
        List<String> words = List.of("the", "story", "great", "awful", "dreadful", "marvellous", "zebra");
        StringBuilder glove = new StringBuilder();
        for (String w : words) {
            glove.append(w);
            for (int i = 0; i < dim; i++) {
                glove.append(' ').append(String.format(Locale.ROOT, "%.4f", rnd.nextGaussian() * 0.3));
            }
            glove.append('\n');
        }
        Path file = dir.resolve("vectors.txt");
        Files.writeString(file, glove);
        assertEquals(List.of("the", "story", "great"), Embeddings.topWords(file, 3));

        TrainConfig c = new TrainConfig(5, 2, 2, 32, 0.01, dim, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 6, false);
        Trainer.Result r = new Trainer(c, false).train(TinyModels.generate(300, 1), Map.of("dev", TinyModels.generate(40, 2)),
                Embeddings.source(file));
        var vocab = r.featurizer().vocabulary();
        assertTrue(vocab.contains("dreadful") && vocab.contains("marvellous"), "top-6 pretrained words added");
        assertFalse(vocab.contains("zebra"), "only the 6 most frequent");
        INDArray w = r.network().getLayer(GraphLayout.WORD_EMBEDDING).getParam("W");
        float[] want = Embeddings.read(file, java.util.Set.of("dreadful"), dim).get("dreadful");
        float[] rounded = Nd4j.create(want).castTo(DataType.HALF).castTo(DataType.FLOAT).toFloatVector();
        assertArrayEquals(rounded, w.getRow(vocab.id("dreadful")).toFloatVector(), 1e-6f,
                "a word absent from training keeps its pretrained vector");
        float[] story = Embeddings.read(file, java.util.Set.of("story"), dim).get("story");
        float[] trained = w.getRow(vocab.id("story")).toFloatVector();
        double moved = 0;
        for (int i = 0; i < dim; i++) {
            moved += Math.abs(story[i] - trained[i]);
        }
        assertTrue(moved > 0.01, "a training word's vector is fine-tuned (moved " + moved + ")");
    }
}
