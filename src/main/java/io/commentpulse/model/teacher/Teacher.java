package io.commentpulse.model.teacher;

import io.commentpulse.score.encoder.LinearHeads;
import io.commentpulse.score.encoder.SentenceEncoder;

import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A sentence encoder with linear heads trained on labeled rows: a slow but well-read scorer, used to label unlabeled
 * in-domain text for the fast model. Embeddings are kept per text, so a text met twice is encoded once.
 */
public final class Teacher implements Scorer {
    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache = new HashMap<>();
    private LinearHeads heads;

    public Teacher(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public String encoderName() {
        return encoder.name();
    }

    /**
     * Reads vectors saved by {@link #saveCache} for this encoder (a missing file is no error), so that a second run
     * over the same texts does not encode them again.
     */
    public void loadCache(java.nio.file.Path file) throws java.io.IOException {
        VectorFile saved = VectorFile.read(file);
        if (saved.encoder().equals(encoder.name())) {
            cache.putAll(saved.vectors());
        }
    }

    /** Writes every vector computed so far (atomically), keyed by its text. */
    public void saveCache(java.nio.file.Path file) throws java.io.IOException {
        new VectorFile(encoder.name(), cache).write(file);
    }

    /** Encodes every text (those not seen before), calling {@code progress} with the number done so far. */
    public void encodeAll(List<String> texts, IntConsumer progress) {
        int done = 0;
        for (String t : texts) {
            cache.computeIfAbsent(t, encoder::embed);
            progress.accept(++done);
        }
    }

    /** Trains the heads on these rows (their concern and sentiment labels, either may be missing). */
    public void fit(List<LabeledExample> rows, double l2, int epochs, long seed) {
        float[][] x = new float[rows.size()][];
        int[] c = new int[rows.size()];
        int[] s = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            LabeledExample r = rows.get(i);
            x[i] = vector(r.text());
            c[i] = r.concern() == null ? -1 : r.concern();
            s[i] = r.sentiment() == null ? -1 : r.sentiment().ordinal();
        }
        heads = LinearHeads.fit(x, c, s, l2, epochs, seed);
    }

    /** The fitted heads (null before {@link #fit}). */
    public LinearHeads heads() {
        return heads;
    }

    @Override
    public List<Score> score(List<String> texts) {
        if (heads == null) {
            throw new IllegalStateException("the teacher has not been fitted");
        }
        List<Score> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            float[] v = vector(t);
            double[] p = heads.sentiment(v);
            out.add(new Score(p[0], p[1], p[2], heads.concern(v)));
        }
        return out;
    }

    private float[] vector(String text) {
        return cache.computeIfAbsent(text, encoder::embed);
    }
}
