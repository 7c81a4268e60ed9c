package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quick tests of how a text ends, for patterns anchored at its end ({@code …$}): where the test fails the pattern
 * cannot match, so a long text is not walked position by position to learn it. Each test lets through every text the
 * pattern could match (and some it cannot: the pattern still decides).
 */
final class TextEnds {

    private TextEnds() {
    }

    /** The words of a regex alternation of plain words ("says|said|a dit|(?:replied|…)(?=…)"), in lower case. */
    static List<String> words(String alternation) {
        List<String> words = new ArrayList<>();
        for (String w : alternation.replaceAll("\\(\\?=[^)]*\\)", "").replace("(?:", "").replace(")", "").split("\\|")) {
            if (!w.isEmpty()) {
                if (!w.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                    throw new IllegalArgumentException("a cue word is letters and spaces: " + w);
                }
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /**
     * Whether {@code text}, less the white space and line breaks it ends with, then one of {@code marks} ("…", ":") and
     * white space before it, ends with one of {@code words} (lower case; compared ignoring case).
     */
    static boolean endsWithWord(String text, List<String> words, List<String> marks) {
        return endsWithWord(text, text.length(), words, marks);
    }

    /** As {@link #endsWithWord(String, List, List)}, for some line of {@code text}: a test for a multi-line pattern. */
    static boolean lineEndsWithWord(String text, List<String> words, List<String> marks) {
        for (int i = 0; i < text.length(); i++) {
            if (lineBreak(text.charAt(i)) && endsWithWord(text, i, words, marks)) {
                return true;
            }
        }
        return endsWithWord(text, text.length(), words, marks);
    }

    private static boolean endsWithWord(String text, int at, List<String> words, List<String> marks) {
        int end = trimmed(text, at);
        for (String m : marks) {
            if (end >= m.length() && text.startsWith(m, end - m.length())) {
                end = trimmed(text, end - m.length());
                break;
            }
        }
        if (end == 0) {
            return words.contains("");
        }
        int last = caseKey(text.charAt(end - 1));
        for (String w : words) {
            // the last chars first: regionMatches ignoring case equates two chars only where their keys are equal
            if (end >= w.length() && (w.isEmpty() || caseKey(w.charAt(w.length() - 1)) == last)
                    && text.regionMatches(true, end - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A char as {@link String#regionMatches(boolean, int, String, int, int)} ignoring case compares it. */
    private static int caseKey(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The last character of {@code text} before the line breaks it may end with, or 0 for none. */
    static char last(String text) {
        int end = text.length();
        while (end > 0 && lineBreak(text.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? 0 : text.charAt(end - 1);
    }

    private static int trimmed(String text, int end) {
        while (end > 0 && (space(text.charAt(end - 1)) || lineBreak(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    /** The white space of a regex's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the first {@code n} chars of {@code text} hold no {@link #lineBreak}: a regex's {@code .} reads them all. */
    static boolean noLineBreak(String text, int n) {
        for (int i = 0; i < n; i++) {
            if (lineBreak(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character a regex's {@code $} may stand before, and its {@code .} (without DOTALL) does not read. */
    static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
