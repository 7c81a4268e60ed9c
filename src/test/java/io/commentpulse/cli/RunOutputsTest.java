package io.commentpulse.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, items 1 and 4: a run's outputs change together or not at all. A mistyped input or a full disk leaves the
 * previous run's folder exactly as it was, with no staging files left behind.
 */
class RunOutputsTest {
    @TempDir
    Path dir;

    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }

    @Test
    void aMistypedInputLeavesThePreviousRunAlone() throws Exception {
        Path out = dir.resolve("out");
        Object[] r = ExtractBadInputTest.run("run", "seeds", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        Map<String, String> before = snapshot(out);
        assertTrue(before.containsKey("report.html") && before.containsKey("scored.csv"), before.keySet().toString());
        r = ExtractBadInputTest.run("run", dir.resolve("typo").toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("no page could be read; " + out + " was not changed"), (String) r[1]);
        assertEquals(before, snapshot(out));
    }

    @Test
    void aFullDiskLeavesThePreviousRunAloneAndNamesTheFolder() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        boolean mounted = false;
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", disk.toString())
                    .redirectErrorStream(true).start();
            mounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            mounted = false;
        }
        Assumptions.assumeTrue(mounted, "needs root to mount a 128 KB tmpfs (CI runs as root); skipped here");
        try {
            Path out = disk.resolve("out");
            Path onePage = Files.createDirectories(dir.resolve("one"));
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                Path first = s.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
                Files.copy(first, onePage.resolve(first.getFileName()));
            }
            Object[] r = ExtractBadInputTest.run("run", onePage.toString(), "--out", out.toString(), "--no-progress");
            assertEquals(0, r[0], (String) r[1]);
            Map<String, String> before = snapshot(out);
            // many copies of the seed pages: their outputs cannot fit beside the first run's
            Path many = Files.createDirectories(dir.resolve("many"));
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                for (Path f : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (int i = 0; i < 40; i++) {
                        Files.copy(f, many.resolve(i + "-" + f.getFileName()));
                    }
                }
            }
            r = ExtractBadInputTest.run("run", many.toString(), "--out", out.toString(), "--no-progress");
            String err = (String) r[1];
            assertTrue((int) r[0] != 0, err);
            assertTrue(err.contains(out.toString()) && err.contains("previous run's files are unchanged"), err);
            assertEquals(before, snapshot(out), "the previous run's files, and nothing else");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
