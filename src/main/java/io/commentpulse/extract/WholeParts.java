package io.commentpulse.extract;

import java.util.function.IntPredicate;

/**
 * Whether a text holds a part as a whole of its own: "2065221" in "/forum/516408/2065221/…" (not in "/120652210/"),
 * "HomeKit" in "… heard of: HomeKit." (not in "HomeKits"). What may not touch the part either side is the caller's:
 * digits for a number, letters and digits for a word.
 */
final class WholeParts {
    private WholeParts() {
    }

    /** Whether {@code part} stands in {@code text} with no character that {@code joins} right before or after it. */
    static boolean holds(String text, String part, IntPredicate joins) {
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            int end = at + part.length();
            if ((at == 0 || !joins.test(text.charAt(at - 1))) && (end == text.length() || !joins.test(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
