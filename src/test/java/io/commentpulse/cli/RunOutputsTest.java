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
    void anOutputFolderInsideThePagesFolderIsNotReadAgainAndAPageNamedTwiceCountsOnce() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path seed = Path.of("seeds", "000_17144ddd7cde3ebf.txt");
        Files.copy(seed, pages.resolve("a.txt"));
        Path out = pages.resolve("out");
        Object[] r = ExtractBadInputTest.run("run", pages.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        String first = Files.readString(out.resolve("scored.csv"));
        assertEquals(9, first.lines().count(), first);   // the header and the 8 comments
        r = ExtractBadInputTest.run("run", pages.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("this command's own output; not read as pages"), (String) r[1]);
        assertEquals(first, Files.readString(out.resolve("scored.csv")));
        // the same file twice, and a copy of it elsewhere: its comments once
        Path copy = Files.copy(seed, dir.resolve("copy.txt"));
        Path out2 = dir.resolve("out2");
        r = ExtractBadInputTest.run("run", seed.toString(), seed.toString(), copy.toString(), "--out", out2.toString(),
                "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(9, Files.readString(out2.resolve("scored.csv")).lines().count());
        assertTrue(((String) r[1]).contains("named more than once; read once"), (String) r[1]);
    }

    @Test
    void aRunOnCommentFilesLeavesNoOldCommentsFileAndOneThatGivesNothingChangesNothing() throws Exception {
        Path out = dir.resolve("out");
        Object[] r = ExtractBadInputTest.run("run", "seeds", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        Map<String, String> before = snapshot(out);
        Path empty = dir.resolve("none.jsonl");
        Files.writeString(empty, "{\"note\": \"no text field the tool knows\"}\nnot json\n");
        r = ExtractBadInputTest.run("run", empty.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
        assertEquals(before, snapshot(out));
        Path good = dir.resolve("c.csv");
        Files.writeString(good, "id,text\n1,I worry about what this means for the town\n2,Great news at last\n");
        r = ExtractBadInputTest.run("run", good.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(!Files.exists(out.resolve("comments.csv")), "the seeds run's comments.csv is gone");
        assertEquals(3, Files.readString(out.resolve("scored.csv")).lines().count());
    }

    /** Review of session 46: the output folder may be the pages folder, and a comments.csv read is never removed. */
    @Test
    void theOutputFolderMayBeThePagesFolderAndTheCommentsFileReadStays() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("work"));
        Files.copy(Path.of("seeds", "000_17144ddd7cde3ebf.txt"), pages.resolve("a.txt"));
        Object[] r = ExtractBadInputTest.run("run", pages.toString(), "--out", pages.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(9, Files.readString(pages.resolve("scored.csv")).lines().count());
        // re-scoring the run's own comments.csv into the same folder keeps it
        Path comments = pages.resolve("comments.csv");
        String before = Files.readString(comments);
        r = ExtractBadInputTest.run("run", comments.toString(), "--out", pages.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(before, Files.readString(comments));
        // a table's row without text is kept, with empty scores, when its columns are mapped; missing files exit 1
        Path table = dir.resolve("t.csv");
        Files.writeString(table, "id,text,created_at\n1,I fear for the harbour,2024-05-02 09:00\n2,,2024-05-02 10:00\n");
        Path out = dir.resolve("s.csv");
        r = ExtractBadInputTest.run("score", table.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(3, Files.readString(out).lines().count());
        r = ExtractBadInputTest.run("score", dir.resolve("x1.csv").toString(), dir.resolve("x2.csv").toString(),
                dir.resolve("x3.csv").toString(), "--out", out.toString(), "--no-progress");
        assertEquals(1, r[0], (String) r[1]);
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
            // many saves of the seed pages (each its own file: a copy alike to the byte would count once): their
            // outputs cannot fit beside the first run's
            Path many = Files.createDirectories(dir.resolve("many"));
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                for (Path f : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (int i = 0; i < 40; i++) {
                        Files.writeString(many.resolve(i + "-" + f.getFileName()), Files.readString(f) + "\n".repeat(i + 1));
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
