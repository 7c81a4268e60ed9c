package io.commentpulse.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse bench extract}: each round's rate, and another build timed beside this one in the same run. */
class BenchExtractCommandTest {

    private static final Path SEEDS = Path.of("seeds");

    private static Object[] run(String... args) {
        return EvalExtractPartTest.run(args);   // {exit code, stdout, stderr}
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    @Test
    void eachRoundIsPrintedAndTheRatesAddUp() {
        Object[] r = run("bench", "extract", SEEDS.toString(), "--rounds", "3");
        assertEquals(0, r[0], (String) r[2]);
        String out = (String) r[1];
        assertTrue(out.contains("pages: 5 "), out);
        String[] rounds = find(out, "(?m)^rounds: (.*) pages/s$").split(", ");
        assertEquals(3, rounds.length, out);
        for (String rate : rounds) {
            assertTrue(Double.parseDouble(rate) > 0, out);
        }
    }

    @Test
    void warmUpPassesAreUntimedAndNeverNegative() {
        Object[] none = run("bench", "extract", SEEDS.toString(), "--warmup", "0", "--rounds", "1");
        assertEquals(0, none[0], (String) none[2]);
        assertEquals(1, find((String) none[1], "(?m)^rounds: (.*) pages/s$").split(", ").length, (String) none[1]);
        assertTrue(((String) none[1]).contains("x 1 rounds"), (String) none[1]);
        Object[] negative = run("bench", "extract", SEEDS.toString(), "--warmup", "-1");
        assertEquals(2, negative[0]);
        assertTrue(((String) negative[2]).contains("--warmup"), (String) negative[2]);
    }

    /** This very build loaded apart as the baseline: it reads the seeds' 8 comments as this one does, timed beside it. */
    @Test
    void aBaselineBuildIsLoadedApartAndTimedInTheSameRun() {
        Object[] r = run("bench", "extract", SEEDS.toString(), "--rounds", "2",
                "--baseline", System.getProperty("java.class.path"));
        assertEquals(0, r[0], (String) r[2]);
        String out = (String) r[1];
        assertEquals("8", find(out, "comments found per pass: this build (\\d+)"), out);
        assertEquals("8", find(out, "comments found per pass: this build \\d+, baseline (\\d+)"), out);
        assertEquals(2, find(out, "(?m)^baseline rounds: (.*) pages/s$").split(", ").length, out);
        double ratio = Double.parseDouble(find(out, "this build / baseline: ([\\d.]+)x"));
        assertTrue(ratio > 0, out);
    }

    @Test
    void aBaselineThatIsNoBuildIsAUsageError() {
        Object[] missing = run("bench", "extract", SEEDS.toString(), "--baseline", "no/such/commentpulse.jar");
        assertEquals(2, missing[0]);
        assertTrue(((String) missing[2]).contains("no/such/commentpulse.jar"), (String) missing[2]);
        // a real jar that holds no extractor (the JUnit API's): named, and nothing timed
        String junit = Test.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Object[] other = run("bench", "extract", SEEDS.toString(), "--baseline", junit);
        assertEquals(2, other[0]);
        assertTrue(((String) other[2]).contains("no CommentPulse extractor there"), (String) other[2]);
        assertTrue(((String) other[1]).isEmpty(), (String) other[1]);
    }
}
