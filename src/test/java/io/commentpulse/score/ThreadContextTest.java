package io.commentpulse.score;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a thread moves each comment's concern: only through the others, more in a long thread, never without one. */
class ThreadContextTest {
    /** The default's fitted shape, rounded: the others' mean counts about as much as the comment itself. */
    private static final ThreadContext CONTEXT = new ThreadContext(0.84, 0.99, -0.50, -2.43, 2);

    @Test
    void aCommentWithoutAThreadKeepsItsOwnConcern() {
        double[] p = {0.02, 0.40, 0.93};
        assertEquals(Arrays.toString(p), Arrays.toString(CONTEXT.apply(Arrays.asList(null, "", " "), p)));
    }

    @Test
    void aCommentsOwnScoreIsNeverItsContext() {
        List<String> threads = List.of("a", "a", "a");
        double[] before = CONTEXT.apply(threads, new double[]{0.10, 0.10, 0.10});
        double[] after = CONTEXT.apply(threads, new double[]{0.90, 0.10, 0.10});
        double[] d = ThreadContext.contextOf(threads, new double[]{ThreadContext.logOdds(0.9),
                ThreadContext.logOdds(0.1), ThreadContext.logOdds(0.1)}, CONTEXT.center(), CONTEXT.shrink());
        double[] d0 = ThreadContext.contextOf(threads, new double[]{ThreadContext.logOdds(0.1),
                ThreadContext.logOdds(0.1), ThreadContext.logOdds(0.1)}, CONTEXT.center(), CONTEXT.shrink());
        // the first comment's context (the two others) did not change; only its own reading did
        assertEquals(d0[0], d[0], 1e-12);
        assertEquals(LogOdds.sigmoid(0.84 * ThreadContext.logOdds(0.9) + 0.99 * d0[0] - 0.50), after[0], 1e-12);
        // the others' contexts did: a worried neighbour lifts them
        assertTrue(after[1] > before[1] && after[2] > before[2], Arrays.toString(after));
        // alone in its thread, a comment has no context at all
        assertEquals(LogOdds.sigmoid(0.84 * ThreadContext.logOdds(0.3) - 0.50),
                CONTEXT.apply(List.of("solo"), new double[]{0.3})[0], 1e-12);
    }

    @Test
    void worriedOthersLiftAReaderCalmOthersLowerHimMoreSoInALongThread() {
        double alone = CONTEXT.apply(List.of("x"), new double[]{0.3})[0];
        double amongWorried = CONTEXT.apply(List.of("x", "x", "x"), new double[]{0.3, 0.8, 0.7})[0];
        double amongCalm = CONTEXT.apply(List.of("x", "x", "x"), new double[]{0.3, 0.01, 0.02})[0];
        assertTrue(amongWorried > alone && alone > amongCalm, amongWorried + " " + alone + " " + amongCalm);
        double[] longThread = new double[21];
        Arrays.fill(longThread, 0.8);
        longThread[0] = 0.3;
        String[] names = new String[21];
        Arrays.fill(names, "x");
        double inLong = CONTEXT.apply(Arrays.asList(names), longThread)[0];
        double inShort = CONTEXT.apply(List.of("x", "x"), new double[]{0.3, 0.8})[0];
        assertTrue(inLong > inShort && inShort > alone, inLong + " " + inShort);
    }

    @Test
    void theOneCommentFormMatchesTheBatchForm() {
        List<String> threads = List.of("a", "a", "b", "a");
        double[] p = {0.2, 0.6, 0.5, 0.00001};
        double[] q = CONTEXT.apply(threads, p);
        double sumA = ThreadContext.logOdds(0.2) + ThreadContext.logOdds(0.6) + ThreadContext.logOdds(0.00001);
        assertEquals(q[0], CONTEXT.apply(0.2, sumA - ThreadContext.logOdds(0.2), 2), 1e-12);
        assertEquals(q[3], CONTEXT.apply(0.00001, sumA - ThreadContext.logOdds(0.00001), 2), 1e-12);
        // four decimals in a CSV ("0.0000") read as the floor, as the exact score does
        assertEquals(ThreadContext.logOdds(0.00001), ThreadContext.logOdds(0.0), 1e-12);
    }

    @Test
    void aBrokenContextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ThreadContext(0, 1, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ThreadContext(1, Double.NaN, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ThreadContext(1, 1, 0, 0, -1));
    }
}
