package io.commentpulse.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16, item 5: what killed writers left behind is cleaned up by the next write of the same file. */
class AtomicOutputTest {
    @Test
    void staleTempFilesOfTheSameTargetAreRemovedAndFreshOnesKept(@TempDir Path dir) throws Exception {
        long old = System.currentTimeMillis() - FileTrees.STALE_MILLIS - 60_000;
        Path killed1 = Files.writeString(dir.resolve(".scored.csv123.tmp"), "half a run");
        Path killed2 = Files.writeString(dir.resolve(".scored.csv456.tmp"), "another half");
        Path live = Files.writeString(dir.resolve(".scored.csv789.tmp"), "a writer still at work");
        Path other = Files.writeString(dir.resolve(".comments.csv1.tmp"), "another target's");
        for (Path p : new Path[]{killed1, killed2, other}) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(old));
        }
        AtomicOutput.writeString(dir.resolve("scored.csv"), "id\n");
        assertFalse(Files.exists(killed1));
        assertFalse(Files.exists(killed2));
        assertTrue(Files.exists(live), "a recent temp file may belong to a writer still running");
        assertTrue(Files.exists(other), "only the same target's temp files are touched");
        assertEquals("id\n", Files.readString(dir.resolve("scored.csv")));
    }
}
