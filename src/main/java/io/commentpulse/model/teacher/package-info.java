/**
 * The teacher of distillation: a pretrained sentence encoder ({@link io.commentpulse.model.teacher.SentenceEncoder})
 * with linear heads ({@link io.commentpulse.model.teacher.LinearHeads}) trained on labeled news-reader comments. It
 * is too slow to score with (about 80 comments/s here), so it labels unlabeled in-domain text once
 * ({@link io.commentpulse.model.teacher.Teacher}), and the fast DL4J model learns from those labels.
 */
package io.commentpulse.model.teacher;
