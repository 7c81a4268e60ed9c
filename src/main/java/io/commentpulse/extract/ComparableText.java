package io.commentpulse.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as two copies of one page are compared: whitespace runs as one space, lower case, no soft hyphens, one
 * apostrophe (lynx prints a page's "&amp;apos;" as the modifier letter "ʼ", others as "'" or "’"), and no space
 * beside a Chinese or Japanese character or full-width punctuation. Those scripts put no spaces between words, and a
 * plain-text dump of a page may keep or drop the optional ones that the page's HTML has (the dumps of pages-dev drop
 * them), so a space there says nothing about whether two texts are one.
 */
final class ComparableText {
    private static final Pattern CJK_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303f\\uff00-\\uffef]) "
                    + "| (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303f\\uff00-\\uffef])");

    private static final Pattern APOSTROPHE = Pattern.compile("[\u2019\u02bc]");

    private ComparableText() {
    }

    /** {@code s} as compared; "" for null. */
    static String of(String s) {
        if (s == null) {
            return "";
        }
        String t = HtmlText.SPACES.matcher(APOSTROPHE.matcher(s.replace("\u00ad", "")).replaceAll("'")).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        return CJK_SPACE.matcher(t).replaceAll("");
    }
}
