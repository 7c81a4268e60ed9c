package io.commentpulse.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rough guess of a text's language for reporting extraction quality per language: Chinese/Japanese by script,
 * else English, German, French or Spanish by their most frequent short words, else "other".
 */
public final class Language {
    /** In this order, which breaks a tie (Map.of would break it differently in each run). */
    private static final Map<String, Set<String>> STOP = new java.util.LinkedHashMap<>();

    static {
        STOP.put("en", Set.of("the", "and", "is", "to", "of", "you", "that", "it", "in", "this", "for", "i"));
        STOP.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "ich", "zu", "mit", "ein", "sie", "es"));
        STOP.put("fr", Set.of("le", "la", "les", "et", "est", "que", "pas", "je", "une", "des", "du", "pour"));
        STOP.put("es", Set.of("el", "la", "que", "y", "es", "no", "los", "por", "una", "del", "las", "con"));
    }

    private Language() {
    }

    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return "none";
        }
        long cjk = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && cjk * 3 >= letters) {
            return "zh/ja";
        }
        String best = "other";
        int bestHits = 1;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (Map.Entry<String, Set<String>> e : STOP.entrySet()) {
            int hits = 0;
            for (String w : words) {
                hits += e.getValue().contains(w) ? 1 : 0;
            }
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return best;
    }
}
