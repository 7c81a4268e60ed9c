package io.commentpulse.model;

import io.commentpulse.model.teacher.VectorFile;
import io.commentpulse.score.NetworkScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence vectors teach the network what labels do not: "frightened" is never labeled, but a sentence encoder
 * places "… frightened" beside "… i am scared", so a network that learns the encoder's vectors reads it as
 * concern; one trained on the labels alone does not. The saved network keeps only its usual outputs.
 */
class SentenceVectorsTrainingTest {
    private static final TrainConfig CONFIG =
            new TrainConfig(7, 6, 6, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);

    @TempDir
    Path dir;

    @Test
    void anUnlabeledWordTheEncoderPlacesBesideAWorriedOneReadsAsConcern() throws Exception {
        List<LabeledExample> rows = new ArrayList<>(TinyModels.generate(800, 1));
        Random r = new Random(3);
        String[] filler = {"the", "story", "today", "about", "city", "news", "people", "said"};
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                sb.append(filler[r.nextInt(filler.length)]).append(' ');
            }
            String text = sb + (i % 2 == 0 ? "frightened" : "hungry");
            rows.add(new LabeledExample("u" + i, text, null, null, Double.NaN)); // no label at all
        }
        for (LabeledExample e : rows) {
            boolean worried = e.text().endsWith("scared") || e.text().endsWith("frightened");
            vectors.put(e.text(), worried ? new float[]{1, 0, 0.5f} : new float[]{0, 1, 0.5f});
        }
        Path file = dir.resolve("vectors.bin");
        new VectorFile("test-encoder", vectors).write(file);
        SentenceVectors sv = SentenceVectors.read(file, 1.0);
        Map<String, List<LabeledExample>> dev = Map.of("dev", TinyModels.generate(200, 9));

        Trainer.Result plain = new Trainer(CONFIG, false).train(rows, dev, null);
        Trainer.Result taught = new Trainer(CONFIG, false, true, sv).train(rows, dev, null);
        double without = meanConcern(plain, "frightened");
        double with = meanConcern(taught, "frightened");
        double hungry = meanConcern(taught, "hungry");
        System.out.printf("mean concern on '… frightened': labels alone %.3f, with sentence vectors %.3f "
                + "('… hungry' %.3f)%n", without, with, hungry);
        assertTrue(with > without + 0.2, "with vectors " + with + ", without " + without);
        assertTrue(with > hungry + 0.2, "frightened " + with + ", hungry " + hungry);
        assertEquals(2, taught.network().getNumOutputArrays(), "the sentence output is not saved");
        assertEquals(plain.network().getConfiguration().getVertices().keySet(),
                taught.network().getConfiguration().getVertices().keySet());
    }

    @Test
    void vectorsAreStandardisedPerDimensionAndUnknownTextsHaveNone() throws IOException {
        Path file = dir.resolve("v.bin");
        new VectorFile("enc", Map.of("a", new float[]{1, 10}, "b", new float[]{3, 10})).write(file);
        SentenceVectors sv = SentenceVectors.read(file, 2.0);
        assertEquals("enc", sv.encoder());
        assertEquals(2, sv.dimension());
        assertArrayEquals(new float[]{-1, 0}, sv.target("a"), 1e-5f);
        assertArrayEquals(new float[]{1, 0}, sv.target("b"), 1e-5f);
        assertNull(sv.target("c"));
    }

    @Test
    void aFileThatIsNotAVectorFileIsAnErrorNamingIt() throws IOException {
        Path bad = dir.resolve("labels.csv");
        Files.writeString(bad, "id,text,sentiment,concern\n1,hello,positive,0\n");
        IOException e = assertThrows(IOException.class, () -> SentenceVectors.read(bad, 1.0));
        assertTrue(e.getMessage().contains("labels.csv"), e.getMessage());
        IOException empty = assertThrows(IOException.class, () -> SentenceVectors.read(dir.resolve("none.bin"), 1.0));
        assertTrue(empty.getMessage().contains("no sentence vectors"), empty.getMessage());
    }

    private static double meanConcern(Trainer.Result r, String ending) {
        List<String> texts = new ArrayList<>();
        String[] starts = {"the story today", "people said about", "news about the city", "the city today"};
        for (String s : starts) {
            texts.add(s + " " + ending);
        }
        NetworkScorer scorer = new NetworkScorer(r.network(), r.featurizer(), 64);
        return scorer.score(texts).stream().mapToDouble(s -> s.concern()).average().orElseThrow();
    }
}
