package io.commentpulse.io;

/**
 * Control characters in comment text: NUL and the other C0 controls (but tab, line feed and carriage return), DEL
 * and the C1 controls carry nothing a reader sees, break spreadsheets and terminals, and must not reach an output or
 * the model. Every CSV cell written goes through {@link #strip} ({@link Csv#safe}); a text with nothing visible left
 * is not scored.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** The text without control characters (tab, line feed and carriage return kept); the same string when none. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether the text has a character a reader would see: not white space, not a control, not a zero-width or
     * other format character (U+200B, U+FEFF, bidi marks...).
     */
    public static boolean hasVisible(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                    && type != Character.FORMAT && type != Character.UNASSIGNED) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f;
    }
}
