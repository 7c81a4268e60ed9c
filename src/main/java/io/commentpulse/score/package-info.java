/**
 * Stage 2 of the pipeline: text in, sentiment probabilities and a concern probability out. {@link
 * io.commentpulse.score.Scorer} is the seam: a plain function over a batch of texts with the model loaded once,
 * so the same code can run per partition on a cluster. The tokenizer and featurizer here are shared with training
 * and versioned with each model.
 */
package io.commentpulse.score;
