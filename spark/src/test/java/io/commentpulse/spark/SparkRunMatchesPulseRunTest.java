package io.commentpulse.spark;

import io.commentpulse.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local[2] against {@code pulse run} on the same pages (seeds/, and ../shared/pages-dev when it is
 * there): the same rows in the same order, the same scores, the same aggregates and the same report.
 */
class SparkRunMatchesPulseRunTest {
    static final Path TOP = Path.of("..").toAbsolutePath().normalize();
    static final Path MODEL = TOP.resolve("models/default");
    static final Path PAGES_DEV = TOP.resolve("../shared/pages-dev").normalize();

    @BeforeAll
    static void localIp() {
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    static int pulse(String... args) {
        return Main.commandLine().execute(args);
    }

    static int spark(String... args) {
        return SparkMain.commandLine().execute(args);
    }

    static List<String> inputs() {
        List<String> in = new ArrayList<>(List.of(TOP.resolve("seeds").toString()));
        if (Files.isDirectory(PAGES_DEV)) {
            in.add(PAGES_DEV.toString());
        }
        return in;
    }

    static String[] args(String cmd, List<String> inputs, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of(cmd));
        a.addAll(inputs);
        a.addAll(List.of("--out", out.toString(), "--model", MODEL.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void sameOutputsAsPulseRunRowForRow(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        assertEquals(0, pulse(args("run", inputs(), a)));
        // more partitions than cores, so that aggregates from several partitions are merged
        assertEquals(0, spark(args("run", inputs(), b, "--master", "local[2]", "--partitions", "7")));
        assertEquals(List.of(), OutputComparison.differences(a, b));
        long rows = OutputComparison.rows(a.resolve("scored.csv"));
        // pages-dev holds text copies of some of its pages (text/): both leave their comments out as read before
        assertTrue(rows >= (Files.isDirectory(PAGES_DEV) ? 1100 : 8), "comments: " + rows);
        assertTrue(!Files.isDirectory(PAGES_DEV) || rows < 1500, "the text copies' comments are left out: " + rows);
        // stronger than the comparison: the very same bytes, report included
        sameBytes(a, b, "comments.csv", "scored.csv", "reaction-by-article.csv", "report.html");
    }

    static void sameBytes(Path a, Path b, String... files) throws java.io.IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    /** With --keep-copies both read every page as it is, text copies included, in the order given. */
    @Test
    void sameOutputsKeepingCopies(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        // the seeds named twice (the folder and a file in it): each file is read once all the same
        List<String> in = new ArrayList<>(inputs());
        in.add(TOP.resolve("seeds/000_17144ddd7cde3ebf.txt").toString());
        assertEquals(0, pulse(args("run", in, a, "--keep-copies")));
        assertEquals(0, spark(args("run", in, b, "--master", "local[2]", "--partitions", "3", "--keep-copies")));
        sameBytes(a, b, "comments.csv", "scored.csv", "reaction-by-article.csv", "report.html");
        long rows = OutputComparison.rows(a.resolve("scored.csv"));
        assertTrue(rows >= (Files.isDirectory(PAGES_DEV) ? 1500 : 8), "comments: " + rows);
    }

    /** With --thread-context both read each comment among its article's others: the same bytes again. */
    @Test
    void sameOutputsInTheirThreads(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        assertEquals(0, pulse(args("run", inputs(), a, "--thread-context")));
        assertEquals(0, spark(args("run", inputs(), b, "--master", "local[2]", "--partitions", "5", "--thread-context")));
        assertEquals(List.of(), OutputComparison.differences(a, b));
        sameBytes(a, b, "scored.csv", "reaction-by-article.csv", "reaction-by-time.csv", "report.html");
        assertTrue(Files.readAllLines(b.resolve("scored.csv")).get(0).endsWith(",concern_alone"));
    }

    @Test
    void badPagesAreNamedAndCountedNotFatal(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.copy(TOP.resolve("seeds/000_17144ddd7cde3ebf.txt"), pages.resolve("a-good.txt"));
        Files.write(pages.resolve("b-empty.html"), new byte[0]);
        Files.write(pages.resolve("c-binary.html"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("scored.csv"), "previous");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            code = spark(args("run", List.of(pages.toString()), out, "--master", "local[2]"));
        } finally {
            System.setOut(old);
        }
        String said = buf.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, said);
        assertTrue(said.contains("1 pages read, 2 failed, 8 comments"), said);
        assertTrue(said.contains("b-empty.html: empty file"), said);
        assertTrue(said.contains("c-binary.html: binary file"), said);
        assertEquals(8, OutputComparison.rows(out.resolve("scored.csv")));

        Path ref = tmp.resolve("ref");
        assertEquals(1, pulse(args("run", List.of(pages.toString()), ref)));
        assertEquals(List.of(), OutputComparison.differences(ref, out));
    }

    @Test
    void aRunWithNoReadablePageLeavesThePreviousOutputs(@TempDir Path tmp) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.write(pages.resolve("empty.html"), new byte[0]);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("scored.csv"), "previous");
        assertEquals(1, spark(args("run", List.of(pages.toString()), out, "--master", "local[1]")));
        assertEquals("previous", Files.readString(out.resolve("scored.csv")));
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) {
        assertEquals(2, spark("run", "--out", tmp.toString()));
        assertEquals(2, spark(args("run", inputs(), tmp.resolve("o"), "--bucket", "week")));
        assertEquals(2, spark("run", TOP.resolve("seeds").toString(), "--out", tmp.resolve("o").toString(),
                "--model", tmp.resolve("no-model").toString()));
    }
}
