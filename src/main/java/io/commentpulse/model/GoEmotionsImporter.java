package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GoEmotions TSV ({@code text, label_ids, id}); emotions.txt and sentiment_mapping.json are read from the same
 * folder. Sentiment: positive-group without negative-group labels is positive, the reverse negative, only neutral or
 * ambiguous labels neutral, both groups unknown. Concern: fear or nervousness. The 28 labels themselves go to the
 * optional {@code emotions} column (an auxiliary training signal).
 */
public final class GoEmotionsImporter implements DatasetImporter {
    /** The emotions labels whose rows are concern = 1 (the data README's mapping). */
    public static final List<String> CONCERN_EMOTIONS = List.of("fear", "nervousness");
    /** Prefix of this source's labels in the emotions column. */
    public static final String SCHEME = "goemotions";

    @Override
    public String name() {
        return "goemotions";
    }

    @Override
    public String source() {
        return "a GoEmotions train.tsv or dev.tsv (emotions.txt and sentiment_mapping.json beside it)";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        Path dir = src.toAbsolutePath().getParent();
        List<String> emotions = Files.readAllLines(dir.resolve("emotions.txt")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        JsonNode groups = new ObjectMapper().readTree(dir.resolve("sentiment_mapping.json").toFile());
        Set<String> pos = names(groups.get("positive"));
        Set<String> neg = names(groups.get("negative"));
        List<LabeledExample> out = new ArrayList<>();
        for (CSVRecord r : Tsv.read(src, false)) {
            if (r.size() < 3) {
                continue;
            }
            boolean p = false;
            boolean n = false;
            boolean concern = false;
            List<String> labels = new ArrayList<>();
            for (String idx : r.get(1).split(",")) {
                String e = emotions.get(Integer.parseInt(idx.strip()));
                labels.add(e);
                p |= pos.contains(e);
                n |= neg.contains(e);
                concern |= CONCERN_EMOTIONS.contains(e);
            }
            Sentiment s = p && n ? null : p ? Sentiment.POSITIVE : n ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
            out.add(new LabeledExample(r.get(2), r.get(0), s, concern ? 1 : 0, Double.NaN,
                    SCHEME + ":" + String.join(";", labels)));
        }
        return out;
    }

    private static Set<String> names(JsonNode arr) {
        Set<String> s = new HashSet<>();
        arr.forEach(n -> s.add(n.asText()));
        return s;
    }
}
