package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Metrics;
import io.commentpulse.model.TinyModels;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.ThreadContext;
import io.commentpulse.score.ThreadedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --thread-context} from the command line, with the shipped model, on the 175 labeled readers of 21 real news
 * pages (models/data/benchmark-readers, a thread column per page; no fit has seen them) and on the seeds.
 */
class ThreadContextCommandTest {
    static final Path DEFAULT = Path.of("models", "default");
    static final Path READERS = Path.of("models", "data", "benchmark-readers", "readers.csv");

    @TempDir
    Path dir;

    @BeforeEach
    void needsTheDefault() {
        Assumptions.assumeTrue(Files.isRegularFile(DEFAULT.resolve(ModelFolder.MANIFEST)), "no default model");
    }

    @Test
    void scoreReadsEachReaderInHisThreadAndKeepsWhatHisTextAloneGave() throws Exception {
        Path alone = dir.resolve("alone.csv");
        Path threaded = dir.resolve("threaded.csv");
        Object[] a = ExtractBadInputTest.run("score", READERS.toString(), "--out", alone.toString(), "--no-progress");
        assertEquals(0, a[0], (String) a[1]);
        Object[] t = ExtractBadInputTest.run("score", READERS.toString(), "--thread-context", "--out",
                threaded.toString(), "--no-progress");
        assertEquals(0, t[0], (String) t[1]);
        assertTrue(((String) t[1]).contains("concern read in its thread for 175 comments of 21 threads"), (String) t[1]);

        List<CSVRecord> ra = RealRedditThreadTest.rows(alone);
        List<CSVRecord> rt = RealRedditThreadTest.rows(threaded);
        assertEquals(ra.size(), rt.size());
        assertFalse(ra.get(0).isMapped(ThreadedCsv.ALONE));
        ThreadContext context = ModelFolder.load(DEFAULT).threadContext().orElseThrow();
        List<String> threads = new ArrayList<>();
        double[] p = new double[rt.size()];
        int[] gold = new int[rt.size()];
        double[] q = new double[rt.size()];
        int moved = 0;
        for (int i = 0; i < rt.size(); i++) {
            assertEquals(ra.get(i).get("concern"), rt.get(i).get(ThreadedCsv.ALONE), "row " + i);
            assertEquals(ra.get(i).get("sentiment"), rt.get(i).get("sentiment"), "row " + i);
            threads.add(rt.get(i).get("thread"));
            p[i] = Double.parseDouble(rt.get(i).get(ThreadedCsv.ALONE));
            q[i] = Double.parseDouble(rt.get(i).get("concern"));
            gold[i] = Integer.parseInt(rt.get(i).get("input_concern"));
            moved += p[i] != q[i] ? 1 : 0;
        }
        double[] expected = context.apply(threads, p);
        for (int i = 0; i < q.length; i++) {
            assertEquals(expected[i], q[i], 0.00006, "row " + i);
        }
        assertTrue(moved > 150, moved + " of 175 moved");
        // these readers' worry runs by story: read in their threads they rank better (measured 0.885 -> 0.935)
        double before = Metrics.rocAuc(gold, p);
        double after = Metrics.rocAuc(gold, q);
        assertTrue(after >= before + 0.02, before + " -> " + after);
    }

    @Test
    void evaluateMeasuresBothReadingsOnTheSameRows() throws Exception {
        List<LabeledExample> rows = LabeledCsv.read(READERS).rows();
        assertTrue(rows.stream().allMatch(r -> r.thread() != null && r.id().startsWith(r.thread())));
        Object[] r = ExtractBadInputTest.run("evaluate", "--data", READERS.toString(), "--thread-context", "--json");
        assertEquals(0, r[0], (String) r[1]);
    }

    @Test
    void runOnTheSeedsWritesBothColumnsAndTheReportReadsTheThread() throws Exception {
        Path out = dir.resolve("run");
        Object[] r = ExtractBadInputTest.run("run", "seeds", "--thread-context", "--out", out.toString(), "--no-progress");
        assertEquals(0, r[0], (String) r[1]);
        List<CSVRecord> rows = RealRedditThreadTest.rows(out.resolve("scored.csv"));
        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
            assertFalse(row.get(ThreadedCsv.ALONE).isBlank(), row.toString());
            assertFalse(row.get("article_id").isBlank(), row.toString());
        }
        assertTrue(Files.size(out.resolve("report.html")) > 0);
    }

    @Test
    void aModelWithoutAThreadContextIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
        Path tiny = TinyModels.trainAndSave(dir.resolve("tiny"), 300, 2);
        Path out = dir.resolve("never.csv");
        Object[] r = ExtractBadInputTest.run("score", READERS.toString(), "--model", tiny.toString(),
                "--thread-context", "--out", out.toString(), "--no-progress");
        assertEquals(2, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("has no thread context"), (String) r[1]);
        assertFalse(Files.exists(out));
        // calibrating it needs rows that name their threads
        Path flat = dir.resolve("flat.csv");
        LabeledCsv.write(flat, LabeledCsv.read(READERS).rows().stream().map(e -> e.withThread(null)).toList(), false);
        Object[] c = ExtractBadInputTest.run("calibrate", "--model", DEFAULT.toString(), "--data", flat.toString(),
                "--thread-context", "--out", dir.resolve("cal").toString());
        assertEquals(1, c[0], (String) c[1]);
        assertTrue(((String) c[1]).contains("needs at least 5 threads"), (String) c[1]);
        assertFalse(Files.exists(dir.resolve("cal")));
    }
}
