package io.commentpulse.model;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real World Worry Dataset CSV; one row each for text_long and text_short; concern = worry ≥ 7, intensity = worry. */
public final class RwwdImporter implements DatasetImporter {
    @Override
    public String name() {
        return "rwwd";
    }

    @Override
    public String source() {
        return "rwwd_full_clean.train80.csv";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        List<LabeledExample> out = new ArrayList<>();
        try (Reader r = Csv.open(src); CSVParser p = Csv.READ.builder()
                .setAllowMissingColumnNames(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                int worry = Integer.parseInt(rec.get("worry").strip());
                String id = rec.get(0);
                for (String col : List.of("text_long", "text_short")) {
                    String text = rec.get(col);
                    if (!text.isBlank()) {
                        out.add(new LabeledExample(id + "-" + col.substring(5), text.strip(), null,
                                worry >= 7 ? 1 : 0, worry));
                    }
                }
            }
        }
        return out;
    }
}
