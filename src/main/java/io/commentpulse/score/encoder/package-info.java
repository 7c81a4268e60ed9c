/**
 * A pretrained sentence encoder ({@link io.commentpulse.score.encoder.SentenceEncoder}: BGE-small, run by ONNX
 * Runtime) and linear heads over its vectors ({@link io.commentpulse.score.encoder.LinearHeads}). Together they are
 * the teacher of {@code pulse distill} and, saved as a model folder ({@link io.commentpulse.score.EncoderModel}), an
 * optional model for {@code --model}: far slower than the default network and better read on news readers. Depends
 * on nothing else of the project.
 */
package io.commentpulse.score.encoder;
