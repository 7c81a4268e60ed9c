package io.commentpulse.model;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SemEval-2018 E-c ({@code ID, Tweet, 11 emotion columns}); concern = fear or pessimism. The 11 labels go to the
 * optional {@code emotions} column (an auxiliary training signal).
 */
public final class SemEval2018Importer implements DatasetImporter {
    private static final List<String> EMOTIONS = List.of("anger", "anticipation", "disgust", "fear", "joy", "love",
            "optimism", "pessimism", "sadness", "surprise", "trust");
    /** The emotions whose rows are concern = 1 (the data README's mapping). */
    public static final List<String> CONCERN_EMOTIONS = List.of("fear", "pessimism");
    /** Prefix of this source's labels in the emotions column. */
    public static final String SCHEME = "semeval2018";

    @Override
    public String name() {
        return "semeval2018-ec";
    }

    @Override
    public String source() {
        return "2018-E-c-En-train.txt or 2018-E-c-En-dev.txt";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        List<LabeledExample> out = new ArrayList<>();
        for (CSVRecord r : Tsv.read(src, true)) {
            boolean c = CONCERN_EMOTIONS.stream().anyMatch(e -> r.get(e).strip().equals("1"));
            List<String> labels = new ArrayList<>();
            for (String e : EMOTIONS) {
                if (r.isMapped(e) && r.get(e).strip().equals("1")) {
                    labels.add(e);
                }
            }
            out.add(new LabeledExample(r.get("ID"), r.get("Tweet"), null, c ? 1 : 0, Double.NaN,
                    SCHEME + ":" + String.join(";", labels)));
        }
        return out;
    }
}
