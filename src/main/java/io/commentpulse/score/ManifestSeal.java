package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checksums of the manifest's scoring parts, kept in {@value #FILE} beside it: the labels, the concern readout,
 * calibration and thresholds, the tokenizer and the other files' checksums. Provenance (training files, dev figures,
 * notes) may be annotated freely; a change to any of these parts makes loading refuse the model, naming the part.
 * Each part is hashed in a canonical form (keys sorted), so only a change of content counts.
 */
public final class ManifestSeal {
    static final String FILE = "model.sha256";
    static final List<String> PARTS = List.of("format", "tokenizer", "labels", ConcernReadout.KEY,
            ConcernCalibration.KEY, ThreadContext.KEY, "concern_threshold", "concern_threshold_raw", "files", CombinedModel.MEMBERS);
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ManifestSeal() {
    }

    public static void write(Path dir, JsonNode manifest) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : hashes(manifest).entrySet()) {
            sb.append(e.getValue()).append("  ").append(ModelFolder.MANIFEST).append('#').append(e.getKey()).append('\n');
        }
        AtomicOutput.writeString(dir.resolve(FILE), sb.toString());
    }

    /** Throws, naming the changed parts, when the manifest's scoring parts are not the ones sealed. */
    static void verify(Path dir, JsonNode manifest) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new ModelFolder.InvalidModelException(dir + ": missing " + FILE + " (the checksums of the manifest's "
                    + "scoring parts); the model was modified or written by an older version, refusing to load it");
        }
        Map<String, String> sealed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(f)) {
            int at = line.indexOf("  " + ModelFolder.MANIFEST + "#");
            if (at > 0) {
                sealed.put(line.substring(at + ModelFolder.MANIFEST.length() + 3).strip(), line.substring(0, at));
            }
        }
        Map<String, String> now = hashes(manifest);
        // a part added after a model was sealed (a combination's members) is sealed as absent
        String absent = Hashing.sha256("absent");
        List<String> changed = PARTS.stream().filter(p -> !now.get(p).equals(sealed.getOrDefault(p, absent))).toList();
        if (!changed.isEmpty()) {
            throw new ModelFolder.InvalidModelException(dir.resolve(ModelFolder.MANIFEST) + ": " + String.join(", ", changed)
                    + (changed.size() == 1 ? " differs" : " differ") + " from what " + FILE + " records; the model was "
                    + "modified, refusing to load it (use pulse calibrate or retrain to change a model)");
        }
    }

    private static Map<String, String> hashes(JsonNode manifest) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : PARTS) {
            JsonNode v = manifest.path(part);
            String canonical = v.isMissingNode() || v.isNull() ? "absent"
                    : CANONICAL.writeValueAsString(CANONICAL.treeToValue(v, Object.class));
            out.put(part, Hashing.sha256(canonical));
        }
        return out;
    }
}
