package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SemEval-2017 task 4A pool TSV ({@code tweet_id, label, source_file, text}); 0/1/2 = negative/neutral/positive. */
public final class SemEval2017Importer implements DatasetImporter {
    @Override
    public String name() {
        return "semeval2017";
    }

    @Override
    public String source() {
        return "a pool TSV (train_pool_part1.tsv) or the folder holding the parts";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(src)) {
            try (Stream<Path> s = Files.list(src)) {
                s.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(files::add);
            }
        } else {
            files.add(src);
        }
        List<LabeledExample> out = new ArrayList<>();
        for (Path f : files) {
            for (CSVRecord r : Tsv.read(f, true)) {
                Sentiment s = Sentiment.values()[Integer.parseInt(r.get("label").strip())];
                out.add(new LabeledExample(r.get("tweet_id"), r.get("text"), s, null, Double.NaN));
            }
        }
        return out;
    }
}
