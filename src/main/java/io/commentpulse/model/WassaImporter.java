package io.commentpulse.model;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** WASSA-2017 fear ({@code id, tweet, fear, score}); concern = score ≥ 0.5, intensity = score. */
public final class WassaImporter implements DatasetImporter {
    @Override
    public String name() {
        return "wassa";
    }

    @Override
    public String source() {
        return "fear-ratings-0to1.train.txt";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        List<LabeledExample> out = new ArrayList<>();
        for (CSVRecord r : Tsv.read(src, false)) {
            double score = Double.parseDouble(r.get(3).strip());
            String text = r.get(1).replace("\\n", "\n");
            out.add(new LabeledExample(r.get(0), text, null, score >= 0.5 ? 1 : 0, score));
        }
        return out;
    }
}
