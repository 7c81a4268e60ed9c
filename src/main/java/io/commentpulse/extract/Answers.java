package io.commentpulse.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answers a pure function gave on this thread, kept so that a question asked again is not worked out again: the
 * extractor asks about the same line or element text many times (each byline rule tries the lines around a name; a
 * record's slots re-read their dates). Per thread, so Spark's executor threads share nothing; emptied when full, so
 * the memory stays small (a page's questions fit).
 */
final class Answers<Q, A> {

    private final Function<Q, A> function;
    private final int size;
    private final ThreadLocal<Map<Q, A>> known = ThreadLocal.withInitial(HashMap::new);

    Answers(Function<Q, A> function, int size) {
        this.function = function;
        this.size = size;
    }

    /** Empties this thread's memory (a new page: its elements are asked about, not the last page's). */
    void forget() {
        known.get().clear();
    }

    /** {@code function.apply(question)}, worked out once per thread until the memory is emptied. */
    A of(Q question) {
        Map<Q, A> answers = known.get();
        A answer = answers.get(question);
        if (answer == null) {
            if (answers.size() >= size) {
                answers.clear();
            }
            answer = function.apply(question);
            answers.put(question, answer);
        }
        return answer;
    }
}
