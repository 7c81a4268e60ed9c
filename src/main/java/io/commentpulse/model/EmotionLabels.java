package io.commentpulse.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fine-grained emotion labels of the training rows ({@code scheme:label}, e.g. {@code goemotions:fear}), for the
 * auxiliary emotions output. A row is judged only on the labels of its own scheme: a GoEmotions row says nothing
 * about SemEval-2018's "pessimism".
 */
final class EmotionLabels {
    private final List<String> names;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, List<Integer>> byScheme = new LinkedHashMap<>();

    private EmotionLabels(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
            byScheme.computeIfAbsent(scheme(names.get(i)), k -> new ArrayList<>()).add(i);
        }
    }

    /** Every scheme:label that occurs in the rows, sorted. */
    static EmotionLabels of(List<LabeledExample> rows) {
        TreeSet<String> all = new TreeSet<>();
        for (LabeledExample r : rows) {
            String e = r.emotions();
            if (e == null) {
                continue;
            }
            String scheme = scheme(e);
            for (String label : e.substring(e.indexOf(':') + 1).split(";")) {
                if (!label.isBlank()) {
                    all.add(scheme + ":" + label.strip());
                }
            }
        }
        return new EmotionLabels(new ArrayList<>(all));
    }

    /** The labels a model's manifest lists for its emotions output, in column order. */
    static EmotionLabels named(List<String> names) {
        return new EmotionLabels(names);
    }

    /** {@code n} anonymous labels: a base model's emotions output when fine-tuning on rows without emotions. */
    static EmotionLabels unnamed(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("unknown:" + i);
        }
        return new EmotionLabels(names);
    }

    int size() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /**
     * Writes the row's targets and mask into {@code y} and {@code mask} at {@code offset}: mask 1 on the labels of
     * the row's scheme, target 1 on its labels; nothing for a row without emotions or of an unknown scheme.
     */
    void encode(String emotions, float[] y, float[] mask, int offset) {
        if (emotions == null) {
            return;
        }
        String scheme = scheme(emotions);
        for (int i : byScheme.getOrDefault(scheme, List.of())) {
            mask[offset + i] = 1;
        }
        for (String label : emotions.substring(emotions.indexOf(':') + 1).split(";")) {
            Integer i = index.get(scheme + ":" + label.strip());
            if (i != null) {
                y[offset + i] = 1;
            }
        }
    }

    private static String scheme(String s) {
        int colon = s.indexOf(':');
        return colon < 0 ? "" : s.substring(0, colon);
    }
}
