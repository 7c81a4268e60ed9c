package io.commentpulse.model.teacher;

import io.commentpulse.io.AtomicOutput;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of sentence vectors keyed by their text, as a sentence encoder made them: the encoder's name, then each
 * text with its vector. {@code pulse train-heads --cache} writes it; {@code pulse train --sentence-vectors} reads it.
 *
 * @param encoder the name of the encoder that made the vectors
 * @param vectors each text's vector
 */
public record VectorFile(String encoder, Map<String, float[]> vectors) {
    /** Texts this long or longer are not written (a Java modified-UTF-8 string holds at most 65,535 bytes). */
    static final int MAX_TEXT = 16_000;

    /** Reads {@code file}; a missing file is an empty one of no encoder. */
    public static VectorFile read(Path file) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new VectorFile("", vectors);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String encoder = in.readUTF();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String text = in.readUTF();
                int dim = in.readInt();
                if (dim < 0 || dim > 100_000) {
                    throw new IOException(file + ": not a sentence-vector file (vector " + (i + 1) + " has width " + dim + ")");
                }
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                vectors.put(text, v);
            }
            return new VectorFile(encoder, vectors);
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            throw new IOException(file + ": not a sentence-vector file, or cut short", e);
        }
    }

    /** Writes the vectors (atomically), leaving out texts of {@link #MAX_TEXT} characters or more. */
    public void write(Path file) throws IOException {
        try (AtomicOutput atomic = AtomicOutput.open(file)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(atomic.stream()));
            out.writeUTF(encoder);
            List<Map.Entry<String, float[]>> entries = vectors.entrySet().stream()
                    .filter(e -> e.getKey().length() < MAX_TEXT).toList();
            out.writeInt(entries.size());
            for (Map.Entry<String, float[]> e : entries) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
            out.flush();
            atomic.commit();
        }
    }

    /** The width of the vectors (0 when there are none); every vector has it. */
    public int dimension() throws IOException {
        int dim = 0;
        for (float[] v : vectors.values()) {
            if (dim == 0) {
                dim = v.length;
            } else if (v.length != dim) {
                throw new IOException("sentence vectors of widths " + dim + " and " + v.length + " in one file");
            }
        }
        return dim;
    }
}
