package io.commentpulse.score.encoder;

/** Turns a text into a fixed-width vector; one text at a time (batching changes a quantized encoder's output). */
public interface SentenceEncoder {
    /** A short name for logs and provenance. */
    String name();

    float[] embed(String text);
}
