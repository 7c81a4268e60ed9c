package io.commentpulse.score;

/**
 * How texts become model inputs; saved with every model so scoring reproduces training exactly.
 *
 * @param tokenizer tokenizer version the model was trained with
 * @param buckets   size of the hashed n-gram space (word unigrams, bigrams, negated words, character n-grams)
 * @param maxWords  words kept per comment (the rest is cut)
 * @param maxGrams  hashed n-grams kept per comment
 * @param minChar   shortest character n-gram
 * @param maxChar   longest character n-gram
 */
public record FeatureConfig(String tokenizer, int buckets, int maxWords, int maxGrams, int minChar, int maxChar) {
    public static FeatureConfig defaults() {
        return new FeatureConfig(Tokenizer.VERSION, 1 << 16, 160, 600, 3, 5);
    }
}
