package io.commentpulse.extract;

/**
 * The first word of a text as the control tests split it ({@link CommentChrome#onlyControls}, {@link
 * NotComments#controlBar}, {@link NotComments#sortBar}: runs of letters, with or without hyphens, a capital glued to
 * a capitalised word cut off it, lower-cased), read from the start of the text without splitting all of it. Those
 * tests are false as soon as one word is not a control; a reader's text is long and its first word rarely one.
 * Only where the word and the chars around it are ASCII or plain non-letters (a dash, a bullet, a quotation mark), so
 * that every step is a plain char test; otherwise null, and the caller splits as before.
 */
final class FirstWord {

    private FirstWord() {
    }

    /**
     * The first word of {@code text} split at every char that is not a letter (nor a hyphen, with {@code hyphens}),
     * and, with {@code gluedCapitals}, between two capitals where a small letter follows ({@link
     * AuthorNames#GLUED_CAPITALS}); lower-cased. "" when the text has no word; null when that cannot be told from
     * plain chars.
     */
    static String of(String text, boolean hyphens, boolean gluedCapitals) {
        int i = 0;
        while (i < text.length() && !wordChar(text.charAt(i), hyphens)) {
            if (!plainNonLetter(text.charAt(i))) {
                return null;   // a letter of another script may start the word here
            }
            i++;
        }
        if (i == text.length()) {
            return "";
        }
        int start = i;
        while (i < text.length() && wordChar(text.charAt(i), hyphens)) {
            if (gluedCapitals && i > start && upper(text.charAt(i - 1)) && upper(text.charAt(i))
                    && i + 1 < text.length() && lower(text.charAt(i + 1))) {
                break;   // "AReduce": the glued capital is a word of its own
            }
            i++;
        }
        if (i < text.length() && !plainNonLetter(text.charAt(i))) {
            return null;   // the word may go on in another script
        }
        StringBuilder word = new StringBuilder(i - start);
        for (int k = start; k < i; k++) {
            char c = text.charAt(k);
            word.append(upper(c) ? (char) (c + ('a' - 'A')) : c);
        }
        return word.toString();
    }

    /**
     * An ASCII char, or one of another script that is no letter, no half of a pair, and its own lower case (a dash,
     * a bullet, a quotation mark): it separates words in the lower-cased text as in the text.
     */
    private static boolean plainNonLetter(char c) {
        return c < 0x80 || !Character.isLetter(c) && !Character.isSurrogate(c) && Character.toLowerCase(c) == c;
    }

    private static boolean wordChar(char c, boolean hyphens) {
        return upper(c) || lower(c) || hyphens && c == '-';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
