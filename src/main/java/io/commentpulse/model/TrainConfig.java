package io.commentpulse.model;

/**
 * Hyper-parameters of a training run (all recorded in the manifest).
 *
 * @param seed           random seed: same data + same seed → same model
 * @param epochs         maximum passes over the training data
 * @param patience       stop after this many epochs without a better dev score
 * @param batchSize      examples per update
 * @param learningRate   Adam learning rate
 * @param wordDim        word-embedding width (100 to match GloVe)
 * @param gramDim        hashed n-gram embedding width
 * @param hidden         width of the shared hidden layer
 * @param dropout        dropout on the shared hidden layer (probability of dropping)
 * @param concernWeight  loss weight of a positive concern example (the label is rare)
 * @param maxVocab       most words kept in the vocabulary
 * @param minCount       fewest occurrences for a word to enter the vocabulary
 * @param buckets        size of the hashed n-gram space
 * @param lrDecay        learning-rate multiplier per epoch, applied smoothly per iteration (1 = constant)
 * @param pretrainedVocab how many of the pretrained vectors' most frequent words to add to the vocabulary beyond
 *                       the training words (0 = none): words never seen in training then keep their pretrained
 *                       vector instead of falling to the unknown row
 * @param emotions       train the auxiliary emotions output from the rows' {@code emotions} labels (when any row
 *                       has them)
 * @param convFilters    width of a 1-D convolution (kernel 3) over the word embeddings, max-pooled beside the bags
 *                       so word order and short phrases count; 0 = none
 * @param weightAverage  decay of an exponential moving average of the weights, updated after every batch (0 = none);
 *                       at each epoch's end the averaged weights are evaluated beside the current ones and the better
 *                       of the two competes for the best epoch
 * @param tokenDropout   probability of hiding each word and each n-gram of a training row from the network for one
 *                       batch (its mask set to 0; at least one of each is kept), so no single token carries a row;
 *                       0 = off; scoring always sees every token
 */
public record TrainConfig(long seed, int epochs, int patience, int batchSize, double learningRate, int wordDim,
                          int gramDim, int hidden, double dropout, double concernWeight, int maxVocab, int minCount,
                          int buckets, double lrDecay, int pretrainedVocab, boolean emotions,
                          int convFilters, double weightAverage, double tokenDropout) {
    /** A configuration without token dropout. */
    public TrainConfig(long seed, int epochs, int patience, int batchSize, double learningRate, int wordDim,
                       int gramDim, int hidden, double dropout, double concernWeight, int maxVocab, int minCount,
                       int buckets, double lrDecay, int pretrainedVocab, boolean emotions, int convFilters,
                       double weightAverage) {
        this(seed, epochs, patience, batchSize, learningRate, wordDim, gramDim, hidden, dropout, concernWeight, maxVocab,
                minCount, buckets, lrDecay, pretrainedVocab, emotions, convFilters, weightAverage, 0);
    }

    /** A configuration without weight averaging. */
    public TrainConfig(long seed, int epochs, int patience, int batchSize, double learningRate, int wordDim,
                       int gramDim, int hidden, double dropout, double concernWeight, int maxVocab, int minCount,
                       int buckets, double lrDecay, int pretrainedVocab, boolean emotions, int convFilters) {
        this(seed, epochs, patience, batchSize, learningRate, wordDim, gramDim, hidden, dropout, concernWeight, maxVocab,
                minCount, buckets, lrDecay, pretrainedVocab, emotions, convFilters, 0);
    }

    /** A configuration without the word convolution. */
    public TrainConfig(long seed, int epochs, int patience, int batchSize, double learningRate, int wordDim,
                       int gramDim, int hidden, double dropout, double concernWeight, int maxVocab, int minCount,
                       int buckets, double lrDecay, int pretrainedVocab, boolean emotions) {
        this(seed, epochs, patience, batchSize, learningRate, wordDim, gramDim, hidden, dropout, concernWeight, maxVocab,
                minCount, buckets, lrDecay, pretrainedVocab, emotions, 0, 0);
    }
}
