package io.commentpulse.score;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreColumnsTest {
    @Test
    void writesFourDecimals() {
        assertEquals("0.0000", ScoreColumns.f(0));
        assertEquals("1.0000", ScoreColumns.f(1));
        assertEquals("0.5000", ScoreColumns.f(0.5));
        assertEquals("0.0001", ScoreColumns.f(0.0001));
        assertEquals("0.0010", ScoreColumns.f(0.00099));
        assertEquals("0.0120", ScoreColumns.f(0.012));
        assertEquals("-0.7500", ScoreColumns.f(-0.75));
        assertEquals("-1.0000", ScoreColumns.f(-1));
        assertEquals("0.9999", ScoreColumns.f(0.99994));
        assertEquals("1.0000", ScoreColumns.f(0.99996));
    }

    @Test
    void aValueThatRoundsToZeroHasNoMinusSign() {
        assertEquals("0.0000", ScoreColumns.f(-0.00001));
        assertEquals("0.0000", ScoreColumns.f(-0.0));
    }

    @Test
    void agreesWithDecimalRoundingOfTheFloatsScoringProduces() {
        // Scores are floats widened to double; compare with exact half-up rounding of the double's decimal value.
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            float p = i < 100_000 ? random.nextFloat() : (random.nextFloat() * 2 - 1);
            String expected = new BigDecimal(p).setScale(4, RoundingMode.HALF_UP).toPlainString();
            if (expected.equals("-0.0000")) {
                expected = "0.0000";
            }
            assertEquals(expected, ScoreColumns.f(p), "for " + p);
        }
    }

    /** Concerned follows the concern as written, so the file's two cells never disagree. */
    @Test
    void concernedFollowsTheConcernAsWritten() {
        assertEquals(true, ScoreColumns.concerned(0.34396, 0.344));   // written 0.3440
        assertEquals(false, ScoreColumns.concerned(0.34394, 0.344));  // written 0.3439
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            float c = random.nextFloat();
            double t = Math.round(random.nextDouble() * 10_000) / 10_000.0;
            Score s = new Score(0.2, 0.6, 0.2, c);
            java.util.List<String> cells = ScoreColumns.values(s, t);
            assertEquals(ScoreColumns.HEADER.size(), cells.size());
            assertEquals(Double.parseDouble(cells.get(5)) >= t, cells.get(6).equals("1"), c + " at " + t);
        }
    }

    @Test
    void nonFiniteValuesAreWrittenAsJavaWritesThem() {
        assertEquals("NaN", ScoreColumns.f(Double.NaN));
    }
}
