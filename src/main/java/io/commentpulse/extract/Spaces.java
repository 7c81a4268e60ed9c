package io.commentpulse.extract;

import java.util.regex.Pattern;

/**
 * Runs of white space as a regex's {@code \s+} reads them (space, tab, line breaks; not the no-break space), with the
 * pattern compiled once: {@code text.split("\\s+")} and {@code replaceAll("\\s+", …)} compile it at every call, and the
 * extractor asks this of most lines and names of a page.
 */
final class Spaces {

    /** {@code \s+}. */
    static final Pattern RUNS = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** {@code text.split("\\s+")}. */
    static String[] split(String text) {
        return RUNS.split(text);
    }

    /**
     * {@code text.split("\\s+").length}, counted without splitting: the runs of other chars, one more where the text
     * opens with white space (the split's empty first part), and 1 for an empty text (the text itself).
     */
    static int count(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = TextEnds.space(text.charAt(i));
            runs += !space && !inRun ? 1 : 0;
            inRun = !space;
        }
        if (runs == 0) {
            return text.isEmpty() ? 1 : 0;
        }
        return runs + (TextEnds.space(text.charAt(0)) ? 1 : 0);
    }

    /** {@code text.replaceAll("\\s+", "")}. */
    static String removed(String text) {
        return RUNS.matcher(text).replaceAll("");
    }

    /** {@code text.replaceAll("\\s+", " ")}, without a copy where no run needs it. */
    static String collapsed(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && TextEnds.space(c) || c == ' ' && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))) {
                return RUNS.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }
}
