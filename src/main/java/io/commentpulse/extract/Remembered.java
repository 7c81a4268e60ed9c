package io.commentpulse.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * A count worked out once when first needed, and a test of elements that remembers its answer for each element it was
 * asked about: the text readers ask a skip test of every element and of each of its ancestors in turn, so a test that
 * reads text (is this box most of the comment's words?) is otherwise worked out again for every element below it. Only
 * for tests whose answer does not change while the remembered test is in use (the page is not edited meanwhile); keyed
 * by identity, as elements are.
 */
final class Remembered {

    private Remembered() {
    }

    /** {@code count}, worked out when first asked and then kept. */
    static IntSupplier once(IntSupplier count) {
        int[] kept = {-1};
        boolean[] known = {false};
        return () -> {
            if (!known[0]) {
                kept[0] = count.getAsInt();
                known[0] = true;
            }
            return kept[0];
        };
    }

    /** {@code test}, with each element's answer worked out once. */
    static Predicate<Element> of(Predicate<Element> test) {
        Map<Element, Boolean> answers = new IdentityHashMap<>();
        return e -> {
            Boolean known = answers.get(e);
            if (known == null) {
                known = test.test(e);
                answers.put(e, known);
            }
            return known;
        };
    }
}
