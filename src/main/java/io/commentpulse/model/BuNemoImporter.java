package io.commentpulse.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commentpulse.score.Sentiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BU-NEmo {@code data_10.json}: readers' written reactions to gun-violence news, each with the one emotion its writer
 * chose. The mapping of ../shared/data/bu-nemo/SOURCE.md: the {@code reason} of the text and text+image responses
 * (not image-only), reasons under three words dropped; concern = 1 for Fear (intensity (i − 1) / 4 on those rows),
 * sentiment negative for Anger, Disgust, Fear, Sadness and positive for the other four (no neutral). The same reason
 * twice under one headline is kept once. Split by news item (the headline), never by row: {@link UnitSplit}.
 */
public final class BuNemoImporter implements DatasetImporter {
    /** Prefix of this source's label in the emotions column: its writers' own Fear, a concern definition of its own. */
    public static final String SCHEME = "bunemo";
    /** The label whose rows are concern = 1. */
    public static final List<String> CONCERN_EMOTIONS = List.of("fear");

    private static final Set<String> NEGATIVE = Set.of("anger", "disgust", "fear", "sadness");
    private static final Set<String> POSITIVE = Set.of("amusement", "awe", "contentment", "excitement");

    @Override
    public String name() {
        return "bu-nemo";
    }

    @Override
    public String source() {
        return "data_10.json";
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        return read(src, null);
    }

    @Override
    public List<LabeledExample> read(Path src, UnitSplit split) throws IOException {
        JsonNode root = new ObjectMapper().readTree(src.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(src + ": not a BU-NEmo file: expected a JSON object keyed by headline");
        }
        List<LabeledExample> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> items = root.fields();
        while (items.hasNext()) {
            Map.Entry<String, JsonNode> item = items.next();
            String headline = item.getKey();
            if (split != null && UnitSplit.of(headline) != split) {
                continue;
            }
            String unit = io.commentpulse.io.Hashing.sha256(headline).substring(0, 10);
            Set<String> seen = new HashSet<>();
            int n = 0;
            for (String condition : List.of("text_responses", "textimage_responses")) {
                for (JsonNode r : item.getValue().path(condition)) {
                    String reason = r.path("reason").asText("").strip().replaceAll("\\s+", " ");
                    String emotion = r.path("emotion").asText("").strip().toLowerCase(Locale.ROOT);
                    if (reason.split(" ").length < 3 || !seen.add(reason.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Sentiment sentiment = NEGATIVE.contains(emotion) ? Sentiment.NEGATIVE
                            : POSITIVE.contains(emotion) ? Sentiment.POSITIVE : null;
                    if (sentiment == null) {
                        throw new IOException(src + ": headline '" + headline + "': emotion '" + emotion
                                + "' is not one of BU-NEmo's eight");
                    }
                    boolean fear = emotion.equals("fear");
                    double intensity = fear ? (r.path("intensity").asDouble(1) - 1) / 4 : Double.NaN;
                    out.add(new LabeledExample("bn-" + unit + "-" + (n++), reason, sentiment, fear ? 1 : 0, intensity,
                            SCHEME + ":" + (fear ? "fear" : "")).withThread("bn-" + unit));
                }
            }
        }
        return out;
    }
}
