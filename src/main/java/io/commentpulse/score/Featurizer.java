package io.commentpulse.score;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns texts into the two inputs of the network: word ids (embedding lookup) and hashed n-gram ids (word
 * unigrams and bigrams, words in a negation's scope, character n-grams), each padded to the batch's longest row
 * with a mask, so padding never changes a score.
 */
public final class Featurizer {
    /** A batch of model inputs. Arrays are [batch, length]; masks are 1 where a position holds a token. */
    public record Inputs(INDArray words, INDArray wordMask, INDArray grams, INDArray gramMask) {
        public INDArray[] features() {
            return new INDArray[]{words, grams};
        }

        public INDArray[] masks() {
            return new INDArray[]{wordMask, gramMask};
        }
    }

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither",
            "nor", "without", "cannot", "hardly", "barely", "nowhere", "kein", "nicht", "pas", "ne", "jamais");
    private static final Set<String> SCOPE_END = Set.of(".", ",", ";", ":", "!", "?", "?!", "...", "but", "(", ")");

    private final Vocabulary vocabulary;
    private final FeatureConfig config;

    public Featurizer(Vocabulary vocabulary, FeatureConfig config) {
        if (!Tokenizer.VERSION.equals(config.tokenizer())) {
            throw new IllegalArgumentException("model was trained with tokenizer " + config.tokenizer()
                    + " but this build has " + Tokenizer.VERSION);
        }
        this.vocabulary = vocabulary;
        this.config = config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public FeatureConfig config() {
        return config;
    }

    /** Word ids of one text (unknown words map to row 1). */
    public int[] wordIds(List<String> tokens) {
        int n = Math.min(tokens.size(), config.maxWords());
        int[] ids = new int[Math.max(n, 1)];
        for (int i = 0; i < n; i++) {
            ids[i] = vocabulary.id(tokens.get(i));
        }
        if (n == 0) {
            ids[0] = 1;
        }
        return ids;
    }

    /** Hashed n-gram ids of one text. */
    public int[] gramIds(List<String> tokens) {
        IntList out = new IntList(Math.min(config.maxGrams(), 16 * tokens.size() + 1));
        int limit = config.maxGrams();
        int neg = 0;
        for (int i = 0; i < tokens.size() && out.size < limit; i++) {
            String t = tokens.get(i);
            out.add(bucket(fold(WORD_SEED, t, 0, t.length())));
            if (i > 0) {
                String prev = tokens.get(i - 1);
                out.add(bucket(fold(31 * fold(BIGRAM_SEED, prev, 0, prev.length()) + ' ', t, 0, t.length())));
            }
            if (SCOPE_END.contains(t)) {
                neg = 0;
            } else if (neg > 0) {
                out.add(bucket(fold(NEGATED_SEED, t, 0, t.length())));
                neg--;
            }
            if (NEGATORS.contains(t)) {
                neg = 3;
            }
        }
        for (int i = 0; i < tokens.size() && out.size < limit; i++) {
            String t = tokens.get(i);
            if (t.length() < 2 || t.charAt(0) == '<') {
                continue;
            }
            int len = t.length() + 2; // the word between '<' and '>'
            for (int n = config.minChar(); n <= config.maxChar() && out.size < limit; n++) {
                for (int s = 0; s + n <= len && out.size < limit; s++) {
                    out.add(bucket(foldMarked(CHAR_SEED, t, s, s + n)));
                }
            }
        }
        if (out.size == 0) {
            out.add(bucket(EMPTY_HASH));
        }
        return out.toArray();
    }

    /** Word and n-gram ids of one text: what the network's two inputs hold for it, unpadded. */
    public Ids ids(String text) {
        List<String> tokens = Tokenizer.tokenize(text);
        return new Ids(wordIds(tokens), gramIds(tokens));
    }

    /** The two id lists of one text. */
    public record Ids(int[] words, int[] grams) {
    }

    // An n-gram's bucket is a mix of String.hashCode() of "w:" + word, "b:" + previous + " " + word, "n:" + word or
    // "c:" + characters; the hash is folded over the characters in place, so no string is built per n-gram.
    private static final int WORD_SEED = "w:".hashCode();
    private static final int BIGRAM_SEED = "b:".hashCode();
    private static final int NEGATED_SEED = "n:".hashCode();
    private static final int CHAR_SEED = "c:".hashCode();
    private static final int EMPTY_HASH = "w:<empty>".hashCode();

    /** Continues {@code String.hashCode()} from {@code h} over {@code s[from, to)}. */
    static int fold(int h, String s, int from, int to) {
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k);
        }
        return h;
    }

    /** {@link #fold} over {@code ("<" + t + ">")[from, to)} without building that string. */
    static int foldMarked(int h, String t, int from, int to) {
        for (int k = from; k < to; k++) {
            h = 31 * h + (k == 0 ? '<' : k == t.length() + 1 ? '>' : t.charAt(k - 1));
        }
        return h;
    }

    private int bucket(int stringHash) {
        int h = stringHash * 0x9E3779B1;
        h ^= h >>> 15;
        return Math.floorMod(h, config.buckets());
    }

    /** A growable int array (no boxing). */
    private static final class IntList {
        private int[] a;
        private int size;

        IntList(int capacity) {
            a = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }

    /** Encodes a batch of texts. */
    public Inputs encode(List<String> texts) {
        List<int[]> w = new ArrayList<>(texts.size());
        List<int[]> g = new ArrayList<>(texts.size());
        for (String text : texts) {
            List<String> tokens = Tokenizer.tokenize(text);
            w.add(wordIds(tokens));
            g.add(gramIds(tokens));
        }
        INDArray[] words = pad(w);
        INDArray[] grams = pad(g);
        return new Inputs(words[0], words[1], grams[0], grams[1]);
    }

    private static INDArray[] pad(List<int[]> rows) {
        int len = 4; // never 1 or 3: DL4J would read a leaked sequence mask as a label mask
        for (int[] r : rows) {
            len = Math.max(len, r.length);
        }
        float[] ids = new float[rows.size() * len];
        float[] mask = new float[rows.size() * len];
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            for (int j = 0; j < r.length; j++) {
                ids[i * len + j] = r[j];
                mask[i * len + j] = 1f;
            }
        }
        return new INDArray[]{Nd4j.create(ids, new long[]{rows.size(), len}, 'c').castTo(DataType.FLOAT),
                Nd4j.create(mask, new long[]{rows.size(), len}, 'c')};
    }
}
