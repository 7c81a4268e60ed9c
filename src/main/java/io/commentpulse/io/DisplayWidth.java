package io.commentpulse.io;

/**
 * Terminal display width of text: East Asian wide and fullwidth characters (CJK ideographs, kana, Hangul, fullwidth
 * forms) and emoji take two columns, combining marks and zero-width characters none, everything else one. Used to
 * line up columns that hold titles in any script.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Columns {@code s} takes on a terminal. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += columns(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} cut to at most {@code width} columns (never inside a wide character) and padded with spaces to it. */
    public static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int c = columns(cp);
            if (w + c > width) {
                break;
            }
            sb.appendCodePoint(cp);
            w += c;
            i += Character.charCount(cp);
        }
        return sb.append(" ".repeat(width - w)).toString();
    }

    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) {
            return 2;
        }
        return 1;
    }
}
