package io.commentpulse.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word → row of the word-embedding matrix. Row 0 pads, row 1 is the unknown word. */
public final class Vocabulary {
    public static final String PAD = "<pad>";
    public static final String UNK = "<unk>";
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(\\p{L})\\1");
    private final List<String> words;
    private final Map<String, Integer> index;

    public Vocabulary(List<String> words) {
        List<String> all = new ArrayList<>();
        all.add(PAD);
        all.add(UNK);
        for (String w : words) {
            if (!w.equals(PAD) && !w.equals(UNK)) {
                all.add(w);
            }
        }
        this.words = List.copyOf(all);
        this.index = new HashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(all.get(i), i);
        }
    }

    /** This vocabulary followed by the words of {@code more} it does not have yet (order kept). */
    public Vocabulary plus(List<String> more) {
        List<String> all = new ArrayList<>(words.subList(2, words.size()));
        java.util.Set<String> seen = new java.util.HashSet<>(words);
        for (String w : more) {
            if (seen.add(w)) {
                all.add(w);
            }
        }
        return new Vocabulary(all);
    }

    public int size() {
        return words.size();
    }

    public String word(int i) {
        return words.get(i);
    }

    /** The row for a token: itself, else its de-elongated form, else the unknown row. */
    public int id(String token) {
        Integer i = index.get(token);
        if (i == null && token.length() > 2) {
            i = index.get(DOUBLED.matcher(token).replaceAll("$1"));
        }
        return i == null ? 1 : i;
    }

    public boolean contains(String token) {
        return index.containsKey(token);
    }

    public void save(Path file) throws IOException {
        Files.write(file, words.subList(2, words.size()), StandardCharsets.UTF_8);
    }

    public static Vocabulary load(Path file) throws IOException {
        return new Vocabulary(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
}
