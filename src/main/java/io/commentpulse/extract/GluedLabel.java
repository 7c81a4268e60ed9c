package io.commentpulse.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A role label that a text copy glues before every commenter's name ("Unregistered CommenterEve", "Unregistered
 * Commentermeg duerksen" in w3m's copy of Squarespace, "Unregistered Commenter Eve" in lynx's: the label and the name
 * were two elements side by side). It is the label when every byline of the page starts with it, it holds two words or
 * more, the names after it differ (three or more), and most of them start with a capital ("CommenterEve"). Names that only share
 * their first letters ("John Smith", "John Smithers") keep them, and so do names that share their first words ("Mary Ann
 * Baker", "Mary Ann Cole") unless five or more follow the words and some of them are of two words or more.
 */
final class GluedLabel {
    private static final int MIN_NAMES = 3;
    /**
     * A label a space apart from the names that ends in a capitalised word (lynx's "Unregistered Commenter Eve") looks
     * like a first name or a family's name shared by a few people: it needs more names after it, and some of them of two
     * words or more. One that ends in a lower-case word ("Benutzerbild von Marianne1", a picture's alt text) is no name.
     */
    private static final int MIN_NAMES_SPACED = 5;

    private GluedLabel() {
    }

    /** The bylines without the label glued before each of them, or the bylines as they are. */
    static List<String> strip(List<String> bylines) {
        Set<String> distinct = bylines.stream().filter(b -> !b.isEmpty()).collect(Collectors.toSet());
        if (distinct.size() < MIN_NAMES || distinct.size() != bylines.stream().distinct().count()) {
            return bylines;
        }
        String prefix = bylines.get(0);
        for (String b : bylines) {
            int k = 0;
            while (k < prefix.length() && k < b.length() && prefix.charAt(k) == b.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        // the label ends where its last word ends: back off to a lower-case letter (or the space after one) followed in
        // every byline by a letter
        while (!prefix.isEmpty() && !labelEnd(prefix, bylines)) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (prefix.isEmpty() || !prefix.strip().contains(" ")) {
            return bylines;
        }
        int cut = prefix.length();
        List<String> names = bylines.stream().map(b -> b.substring(cut)).toList();
        String[] words = Spaces.split(prefix.strip());
        boolean capitalEnd = Character.isUpperCase(words[words.length - 1].charAt(0));
        if (prefix.endsWith(" ") && capitalEnd
                && (distinct.size() < MIN_NAMES_SPACED || names.stream().noneMatch(n -> n.strip().contains(" ")))) {
            return bylines;   // "Mary Ann Baker", "Mary Ann Cole": a shared first name, not a role; "Nguyễn Văn An": a family's
        }
        return names;
    }

    private static boolean labelEnd(String prefix, List<String> bylines) {
        char last = prefix.charAt(prefix.length() - 1);
        boolean spaced = last == ' ' && prefix.length() > 1 && Character.isLowerCase(prefix.charAt(prefix.length() - 2));
        if (!Character.isLowerCase(last) && !spaced) {
            return false;
        }
        int capitals = 0;
        for (String b : bylines) {
            if (b.length() <= prefix.length() + 1 || !Character.isLetterOrDigit(b.charAt(prefix.length()))) {
                return false;
            }
            capitals += Character.isUpperCase(b.charAt(prefix.length())) ? 1 : 0;
        }
        // the glue shows as a capital inside a word ("CommenterEve") in most bylines; "John Sm|ith" shows none
        return capitals * 2 >= bylines.size();
    }
}
