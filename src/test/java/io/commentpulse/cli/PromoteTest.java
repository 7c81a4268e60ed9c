package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.TinyModels;
import io.commentpulse.model.TrainConfig;
import io.commentpulse.model.Trainer;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** promote refuses a worse model, --force overrides, and the previous default is kept; models lists them. */
class PromoteTest {
    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("pulse.home");
    }

    private Path train(String name, List<LabeledExample> rows) throws Exception {
        TrainConfig c = new TrainConfig(7, 4, 4, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Trainer.Result r = new Trainer(c, false).train(rows, Map.of("dev", TinyModels.generate(100, 9)), null);
        Path dir = home.resolve("candidates").resolve(name);
        ModelFolder.save(dir, r.network(), r.featurizer(), Provenance.manifest(name, List.of(), List.of(), c, r, null));
        return dir;
    }

    @Test
    void worseModelIsRefusedUnlessForced() throws Exception {
        System.setProperty("pulse.home", home.toString());
        Path good = train("good", TinyModels.generate(600, 1));
        List<LabeledExample> flipped = TinyModels.generate(600, 1).stream()
                .map(e -> new LabeledExample(e.id(), e.text(), Sentiment.values()[2 - e.sentiment().ordinal()], e.concern(), Double.NaN))
                .toList();
        Path bad = train("bad", flipped);
        Path gold = home.resolve("gold.csv");
        LabeledCsv.write(gold, TinyModels.generate(200, 3), false);

        assertEquals(0, Main.commandLine().execute("promote", good.toString()));
        assertTrue(Files.isRegularFile(home.resolve("models/default/manifest.json")));
        assertEquals(1, Main.commandLine().execute("promote", bad.toString(), "--data", gold.toString()));
        assertEquals("good", ModelFolder.manifest(home.resolve("models/default")).path("name").asText());
        assertEquals(0, Main.commandLine().execute("promote", bad.toString(), "--data", gold.toString(), "--force"));
        assertEquals("bad", ModelFolder.manifest(home.resolve("models/default")).path("name").asText());
        try (Stream<Path> s = Files.list(home.resolve("models"))) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("default-previous-")), "previous default kept");
        }
        assertEquals(0, Main.commandLine().execute("models"));
    }

    @Test
    void theDefaultPromotedOntoItselfIsRefusedAndKept() throws Exception {
        System.setProperty("pulse.home", home.toString());
        Path good = train("good", TinyModels.generate(600, 1));
        assertEquals(0, Main.commandLine().execute("promote", good.toString()));
        Path gold = home.resolve("gold.csv");
        LabeledCsv.write(gold, TinyModels.generate(200, 3), false);
        assertEquals(2, Main.commandLine().execute("promote", home.resolve("models/default").toString(), "--data", gold.toString()));
        assertEquals("good", ModelFolder.manifest(home.resolve("models/default")).path("name").asText());
    }

    @Test
    void nothingToCompareOnIsNoPromotion() throws Exception {
        System.setProperty("pulse.home", home.toString());
        Path good = train("good", TinyModels.generate(600, 1));
        assertEquals(0, Main.commandLine().execute("promote", good.toString()));
        Path other = train("other", TinyModels.generate(600, 5));
        // concern written as probabilities and no sentiment: every row is skipped, so nothing can be compared
        Path probs = home.resolve("probs.csv");
        Files.writeString(probs, "id,text,sentiment,concern\n1,I am worried about this,,0.9\n2,Nice day,,0.1\n");
        assertEquals(1, Main.commandLine().execute("promote", other.toString(), "--data", probs.toString()));
        // one class only: no headline figure can be computed
        Path oneClass = home.resolve("one.csv");
        StringBuilder b = new StringBuilder("id,text,sentiment,concern\n");
        for (int i = 0; i < 50; i++) {
            b.append(i).append(",comment ").append(i).append(",,0\n");
        }
        Files.writeString(oneClass, b.toString());
        assertEquals(1, Main.commandLine().execute("promote", other.toString(), "--data", oneClass.toString()));
        assertEquals("good", ModelFolder.manifest(home.resolve("models/default")).path("name").asText());
    }
}
