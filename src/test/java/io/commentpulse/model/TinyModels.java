package io.commentpulse.model;

import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Sentiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated labeled rows with an obvious rule: sentiment from a trigger word, concern from "i am scared". */
public final class TinyModels {
    private TinyModels() {
    }

    public static List<LabeledExample> generate(int n, long seed) {
        String[] good = {"great", "lovely", "wonderful", "happy"};
        String[] bad = {"awful", "terrible", "horrible", "sad"};
        String[] filler = {"the", "story", "today", "about", "city", "news", "people", "said"};
        Random r = new Random(seed);
        List<LabeledExample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                sb.append(filler[r.nextInt(filler.length)]).append(' ');
            }
            if (kind == 0) {
                sb.append(bad[r.nextInt(bad.length)]);
            } else if (kind == 2) {
                sb.append(good[r.nextInt(good.length)]);
            }
            boolean worried = r.nextInt(4) == 0;
            if (worried) {
                sb.append(" i am scared");
            }
            out.add(new LabeledExample("g" + i, sb.toString().strip(), Sentiment.values()[kind], worried ? 1 : 0, Double.NaN));
        }
        return out;
    }

    /** A tiny model trained on {@code rows} generated rows for {@code epochs} epochs, saved as the folder {@code dir}. */
    public static Path trainAndSave(Path dir, int rows, int epochs) throws IOException {
        TrainConfig c = new TrainConfig(7, epochs, epochs, 32, 0.01, 16, 8, 16, 0.0, 1.0, 1000, 1, 1 << 12, 1.0, 0, false);
        Trainer.Result r = new Trainer(c, false).train(generate(rows, 1), Map.of("dev", generate(rows / 6, 9)), null);
        String name = dir.getFileName().toString();
        ModelFolder.save(dir, r.network(), r.featurizer(), Provenance.manifest(name, List.of(), List.of(), c, r, null));
        return dir;
    }
}
