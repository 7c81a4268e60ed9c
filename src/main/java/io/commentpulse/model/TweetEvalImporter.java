package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TweetEval sentiment: a {@code *_text.txt} file and its {@code *_labels.txt} twin, line by line; 0/1/2. */
public final class TweetEvalImporter implements DatasetImporter {
    @Override
    public String name() {
        return "tweeteval";
    }

    @Override
    public String source() {
        return "val_text.txt (val_labels.txt beside it) or the folder holding both";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        Path text = Files.isDirectory(src) ? src.resolve("val_text.txt") : src;
        Path labels = text.resolveSibling(text.getFileName().toString().replace("_text", "_labels"));
        List<String> t = Files.readAllLines(text);
        List<String> l = Files.readAllLines(labels);
        if (t.size() != l.size()) {
            throw new IOException(text + " has " + t.size() + " lines but " + labels + " has " + l.size());
        }
        String prefix = text.getFileName().toString().replace("_text.txt", "");
        List<LabeledExample> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Sentiment s = Sentiment.values()[Integer.parseInt(l.get(i).strip())];
            out.add(new LabeledExample(prefix + "-" + (i + 1), t.get(i).strip(), s, null, Double.NaN));
        }
        return out;
    }
}
