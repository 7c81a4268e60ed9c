package io.commentpulse.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one tokenizer for training and scoring (version {@value #VERSION}). Lowercases (marking SHOUTED words), maps
 * URLs, @users, [NAME] placeholders, numbers and emoticons to tags, keeps emoji as tokens, splits contractions
 * ("don't" → do not), shortens elongations ("sooo" → soo plus an elongation tag) and splits hashtags.
 * {@link #TOKEN} defines the tokens; plain words, numbers and punctuation are scanned by hand (four times faster)
 * and everything else is left to the pattern, with the same result ({@code TokenizerTest} checks both ways).
 */
public final class Tokenizer {
    public static final String VERSION = "tok-v1";

    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+|www\\.\\S+"                                   // urls
                    + "|@\\w+"                                          // users
                    + "|\\[[A-Z]+\\]"                                   // [NAME], [RELIGION]
                    + "|(?:[:;=8xX][-o^']?[)\\](\\[dDpP/\\\\|*3]+)(?![\\p{L}\\d])|<3+|\\^_*\\^|[)(]:"  // emoticons
                    + "|#\\w+"                                          // hashtags
                    + "|\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)*"           // words with apostrophes
                    + "|\\d+(?:[.,:/]\\d+)*%?"                         // numbers
                    + "|[!?]+|\\.{2,}|…"                                // emphatic punctuation
                    + "|[\\p{So}\\p{Sk}\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}]"      // emoji and symbols
                    + "|[.,;:\"()\\-]");
    private static final Pattern ELONGATED = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern SMILE = Pattern.compile("[:;=8xX][-o^']?[)\\]dDpP3*]+|\\^_*\\^|[(]:");
    private static final Pattern SAD = Pattern.compile("[:;=8][-o^']?[(\\[/\\\\|]+|[)]:");
    /** What {@link #plainTokenEnd} answers for ASCII white space, and for a position the pattern must decide. */
    private static final int SPACE = -1;
    private static final int ASK_PATTERN = -2;

    private Tokenizer() {
    }

    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = normalized(text);
        Matcher m = null;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int end = plainTokenEnd(t, i, c);
            if (end > i) {
                add(out, t.substring(i, end));
                i = end;
            } else if (end == SPACE) {
                i++;
            } else {
                if (m == null) {
                    m = TOKEN.matcher(t);
                }
                if (!m.find(i)) {
                    break;
                }
                add(out, m.group());
                i = m.end();
            }
        }
        return out;
    }

    /** The same tokens as {@link #tokenize}, found by {@link #TOKEN} alone: the definition the fast path follows. */
    static List<String> tokenizeByPattern(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(normalized(text));
        while (m.find()) {
            add(out, m.group());
        }
        return out;
    }

    private static String normalized(String text) {
        return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC); // ASCII is already NFKC
    }

    /**
     * Where the token starting at {@code i} ends when {@link #TOKEN} would surely match a plain word, number or
     * punctuation mark there; {@link #SPACE} for ASCII white space, which starts no token; {@link #ASK_PATTERN} for
     * anything else (characters that can start a URL, user, tag, emoticon or hashtag, and all non-ASCII), which
     * the pattern decides.
     */
    private static int plainTokenEnd(String t, int i, char c) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            return SPACE;
        }
        if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && c != 'x' && c != 'X'
                && !(c == 'h' && (t.startsWith("http://", i) || t.startsWith("https://", i)))
                && !(c == 'w' && t.startsWith("www.", i))) {
            return wordEnd(t, i);
        }
        if (c >= '0' && c <= '9' && c != '8') {
            return numberEnd(t, i);
        }
        switch (c) {
            case '!', '?' -> {
                int j = i + 1;
                while (j < t.length() && (t.charAt(j) == '!' || t.charAt(j) == '?')) {
                    j++;
                }
                return j;
            }
            case '.' -> {
                int j = i + 1;
                while (j < t.length() && t.charAt(j) == '.') {
                    j++;
                }
                return j;
            }
            case ',', '"', '-' -> {
                return i + 1;
            }
            default -> {
                return ASK_PATTERN;
            }
        }
    }

    /** End of {@code \p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*} from a letter at {@code i}. */
    private static int wordEnd(String t, int i) {
        int n = t.length();
        int j = i + 1;
        while (j < n) {
            int cp = t.codePointAt(j);
            if (!Character.isLetter(cp) && !isMark(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        while (j + 1 < n && (t.charAt(j) == '\'' || t.charAt(j) == '’') && Character.isLetter(t.codePointAt(j + 1))) {
            j++;
            while (j < n) {
                int cp = t.codePointAt(j);
                if (!Character.isLetter(cp)) {
                    break;
                }
                j += Character.charCount(cp);
            }
        }
        return j;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** End of {@code \d+(?:[.,:/]\d+)*%?} from an ASCII digit at {@code i}. */
    private static int numberEnd(String t, int i) {
        int n = t.length();
        int j = digitsEnd(t, i);
        while (j + 1 < n && ".,:/".indexOf(t.charAt(j)) >= 0 && isDigit(t.charAt(j + 1))) {
            j = digitsEnd(t, j + 1);
        }
        return j < n && t.charAt(j) == '%' ? j + 1 : j;
    }

    private static int digitsEnd(String t, int i) {
        int j = i;
        while (j < t.length() && isDigit(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasAsciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #ELONGATED} occurs in {@code s}: a letter three times in a row (the regex only off the BMP). */
    private static boolean elongated(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return ELONGATED.matcher(s).find();
            }
        }
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == s.charAt(i + 1) && c == s.charAt(i + 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> out, String tok) {
        char c = tok.charAt(0);
        if (tok.startsWith("http") || tok.startsWith("www.")) {
            out.add("<url>");
        } else if (c == '@' && tok.length() > 1) {
            out.add("<user>");
        } else if (c == '[' && tok.endsWith("]")) {
            out.add("<" + tok.substring(1, tok.length() - 1).toLowerCase(Locale.ROOT) + ">");
        } else if (c == '#' && tok.length() > 1) {
            out.add("<hashtag>");
            word(out, tok.substring(1));
        } else if (c == '<' && tok.startsWith("<3")) {
            out.add("<heart>");
        } else if (":;=8xX^(".indexOf(c) >= 0 && SMILE.matcher(tok).matches()) {
            out.add(tok.matches(".*[pP]$") ? "<tongue>" : c == ';' ? "<wink>" : "<smile>");
        } else if (":;=8)".indexOf(c) >= 0 && SAD.matcher(tok).matches()) {
            out.add("<sad>");
        } else if (Character.isDigit(c)) {
            out.add(tok.length() <= 4 && !tok.contains(".") || tok.matches("\\d{1,2}/\\d{1,2}") ? tok : "<number>");
        } else if (c == '!' || c == '?') {
            out.add(tok.contains("?") && tok.contains("!") ? "?!" : String.valueOf(tok.charAt(0)));
            if (tok.length() > 1) {
                out.add("<repeat>");
            }
        } else if (tok.equals("…") || tok.startsWith("..")) {
            out.add("...");
        } else if (Character.isLetter(c)) {
            word(out, tok);
        } else {
            out.add(tok);
        }
    }

    private static void word(List<String> out, String w) {
        boolean shout = w.length() >= 3 && !hasAsciiLower(w) // a lowercase a-z rules shouting out without the case maps
                && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
        String lw = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean elongated = elongated(lw);
        if (elongated) {
            lw = ELONGATED.matcher(lw).replaceAll("$1$1");
        }
        if (shout) {
            out.add("<allcaps>");
        }
        int apos = lw.indexOf('\'');
        if (apos > 0) {
            String head = lw.substring(0, apos);
            String tail = lw.substring(apos + 1);
            if (tail.equals("t") && head.endsWith("n")) {
                String stem = head.substring(0, head.length() - 1);
                out.add(switch (stem) {
                    case "wo" -> "will";
                    case "ca" -> "can";
                    case "sha" -> "shall";
                    case "ai" -> "is";
                    default -> stem;
                });
                out.add("not");
            } else if (tail.equals("t")) {
                out.add(head);
                out.add("not");
            } else {
                out.add(head);
                out.add("'" + tail);
            }
        } else {
            out.add(lw);
        }
        if (elongated) {
            out.add("<elong>");
        }
    }
}
