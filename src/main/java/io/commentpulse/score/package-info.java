/**
 * Stage 2 of the pipeline: text in, sentiment probabilities and a concern probability out. {@link
 * io.commentpulse.score.Scorer} is the seam: a plain function over a batch of texts with the model loaded once,
 * so the same code can run per partition on a cluster. The tokenizer and featurizer here are shared with training
 * and versioned with each model. {@link io.commentpulse.score.Scorers} picks how a network runs: as embedding bags plus
 * a DL4J head ({@link io.commentpulse.score.BagScorer}, the fast path; a word convolution runs there as per-word
 * lookups) or as the whole graph
 * ({@link io.commentpulse.score.NetworkScorer}), both reading concern from the network's outputs as the model's
 * {@link io.commentpulse.score.ConcernReadout} says, and wraps it in a {@link io.commentpulse.score.CalibratedScorer}
 * when the model carries a {@link io.commentpulse.score.ConcernCalibration}. A model folder holds a network, an
 * {@link io.commentpulse.score.EncoderModel} (a pretrained sentence encoder with linear heads) or a
 * {@link io.commentpulse.score.CombinedModel} (other folders read together); {@link io.commentpulse.score.ModelFolder}
 * loads each kind behind the same scorer. A model may also carry a {@link io.commentpulse.score.ThreadContext}:
 * not part of the scorer (which reads each text alone), but a pass over a scored CSV
 * ({@link io.commentpulse.score.ThreadedCsv}) that reads each comment's concern among its article's others, on request.
 */
package io.commentpulse.score;
