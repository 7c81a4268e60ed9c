package io.commentpulse.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    @Test
    void logLinesAreThrottledButTheLastOneIsAlwaysShown() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress("pages", 1000, true, false, 60_000, new PrintStream(buf, true, StandardCharsets.UTF_8));
        for (int i = 1; i <= 1000; i++) {
            p.update(i, "");
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, String.join("|", lines));
        assertTrue(lines[0].startsWith("pages: 1/1000"));
        assertTrue(lines[1].startsWith("pages: 1000/1000 (100%)"));
        assertTrue(lines[0].contains(" eta "), lines[0]);
        assertTrue(!lines[1].contains(" eta "), "no estimate once done: " + lines[1]);
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("42s", Progress.duration(41.6));
        assertEquals("6m05s", Progress.duration(365));
        assertEquals("2h03m", Progress.duration(7380));
    }

    @Test
    void unknownTotalsAndDisabledProgress() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress("rows", 0, true, false, 60_000, new PrintStream(buf, true, StandardCharsets.UTF_8));
        for (int i = 1; i <= 500; i++) {
            p.update(i, "");
        }
        assertEquals(1, buf.toString(StandardCharsets.UTF_8).split("\n").length);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new Progress("x", 10, false, false, 0, new PrintStream(none)).update(10, "");
        assertEquals(0, none.size());
    }

    @Test
    void spreadsheetFormulasAreNeutralisedButNumbersAreNot() {
        assertEquals("'=SUM(A1)", Csv.safe("=SUM(A1)"));
        assertEquals("'@cmd", Csv.safe("@cmd"));
        assertEquals("'+1 call me", Csv.safe("+1 call me"));
        assertEquals("-0.5", Csv.safe("-0.5"));
        assertEquals("plain", Csv.safe("plain"));
        assertEquals("=SUM(A1)", Csv.unsafe(Csv.safe("=SUM(A1)")));
    }
}
