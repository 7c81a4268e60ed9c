/**
 * Why a comment scored as it did: which words (and word pairs) moved its concern and sentiment, measured over the
 * {@link io.commentpulse.score.Scorer} seam, so any model folder can be explained. Beside score, below cli.
 */
package io.commentpulse.explain;
