package io.commentpulse.model;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dreaddit ({@code dreaddit-train.csv}: Reddit post segments judged stressed or not; columns read by name, since the
 * official splits order them differently). The data README gives it as a related signal, with no mapping to the
 * canonical labels: here concern = 1 for a stressed segment, and the label also goes to the emotions column as
 * {@code dreaddit:stressed}, so that training can use it as a scheme of its own. Sentiment stays empty.
 */
public final class DreadditImporter implements DatasetImporter {
    /** The label whose rows are concern = 1. */
    public static final List<String> CONCERN_EMOTIONS = List.of("stressed");
    /** Prefix of this source's labels in the emotions column. */
    public static final String SCHEME = "dreaddit";

    @Override
    public String name() {
        return "dreaddit";
    }

    @Override
    public String source() {
        return "dreaddit-train.csv";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        List<LabeledExample> out = new ArrayList<>();
        try (CSVParser p = Csv.parse(src)) {
            for (CSVRecord rec : p) {
                String label = rec.get("label").strip();
                if (!label.equals("0") && !label.equals("1")) {
                    throw new IOException(src + ": row " + (rec.getRecordNumber() + 1) + ": label '" + label
                            + "' is not 0 or 1");
                }
                boolean stressed = label.equals("1");
                String id = rec.get("post_id").strip() + "-" + rec.get("sentence_range").replaceAll("[^0-9]+", " ")
                        .strip().replace(' ', '-');
                out.add(new LabeledExample(id, rec.get("text").strip(), null, stressed ? 1 : 0, Double.NaN,
                        SCHEME + ":" + (stressed ? "stressed" : "")));
            }
        }
        return out;
    }
}
