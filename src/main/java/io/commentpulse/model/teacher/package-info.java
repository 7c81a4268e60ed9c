/**
 * The teacher of distillation: a pretrained sentence encoder ({@link io.commentpulse.score.encoder.SentenceEncoder})
 * with linear heads ({@link io.commentpulse.score.encoder.LinearHeads}) trained on labeled news-reader comments. It
 * is too slow to score with (about 80 comments/s here), so it labels unlabeled in-domain text once
 * ({@link io.commentpulse.model.teacher.Teacher}), and the fast DL4J model learns from those labels; the encoder's
 * vectors are kept in a {@link io.commentpulse.model.teacher.VectorFile}, which training can also learn from directly
 * ({@code pulse train --sentence-vectors}).
 */
package io.commentpulse.model.teacher;
