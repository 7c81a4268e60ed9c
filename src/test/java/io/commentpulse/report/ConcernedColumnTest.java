package io.commentpulse.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernedColumnTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private OptionalDouble read(String csv, double preferred) throws Exception {
        Path f = dir.resolve("scored.csv");
        Files.writeString(f, csv);
        return ConcernedColumn.threshold(f, preferred, err);
    }

    @Test
    void theDefaultsThresholdWhereTheRowsAllowIt() throws Exception {
        String csv = "comment_id,text,concern,concerned\n1,a,0.2100,0\n2,b,0.3500,1\n3,c,0.9000,1\n4,d,,\n";
        assertEquals(0.344, read(csv, 0.344).getAsDouble());
        // scored by a model with a lower threshold than the default's: the lowest concerned row bounds it
        assertEquals(0.35, read(csv, 0.5).getAsDouble());
        assertEquals(0.35, read(csv, 0.2).getAsDouble());
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noRowConcernedGivesAThresholdAboveEveryRow() throws Exception {
        String csv = "comment_id,text,concern,concerned\n1,a,0.4100,0\n2,b,0.0300,0\n";
        assertEquals(0.5, read(csv, 0.5).getAsDouble());
        assertEquals(0.4101, read(csv, 0.3).getAsDouble(), 1e-12);
    }

    /** A score written as NaN (a model that failed on a row) bounds nothing: the report skips such a row. */
    @Test
    void aScoreThatIsNoNumberInRangeIsLeftOut() throws Exception {
        String csv = "comment_id,text,concern,concerned\n1,a,NaN,0\n2,b,0.2000,0\n3,c,1.7,1\n";
        assertEquals(0.5, read(csv, 0.5).getAsDouble());
        assertTrue(read("comment_id,text,concern,concerned\n1,a,NaN,0\n", 0.5).isEmpty());
    }

    @Test
    void aColumnFollowingNoThresholdIsNamedAndNotUsed() throws Exception {
        String csv = "comment_id,text,concern,concerned\n1,a,0.3000,1\n2,b,0.4000,0\n";
        assertTrue(read(csv, 0.344).isEmpty());
        String said = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("scored.csv: its concerned column follows no single threshold"), said);
        assertTrue(said.contains("counting concern >= 0.3440"), said);
    }

    @Test
    void aFileWithoutTheColumnSaysNothing() throws Exception {
        assertTrue(read("comment_id,text,concern\n1,a,0.9\n", 0.344).isEmpty());
        assertTrue(read("comment_id,text,concern,concerned\n", 0.344).isEmpty());
    }
}
