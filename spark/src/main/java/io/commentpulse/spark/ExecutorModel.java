package io.commentpulse.spark;

import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.spark.SparkFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model, loaded once per executor JVM and shared by every task that runs in it (not once per partition). The
 * driver ships the model folder with the job ({@code SparkContext.addFile}, recursive); each executor loads its own
 * copy, which verifies the folder's checksums, as {@code pulse} does. Calls into the network are serialised: tasks
 * in one JVM extract in parallel and take turns scoring (DL4J networks are not safe for concurrent use, and the
 * native code already uses the cores it is given).
 */
final class ExecutorModel {
    private static final Map<String, Scorer> LOADED = new ConcurrentHashMap<>();

    private ExecutorModel() {
    }

    /**
     * The scorer for the model folder shipped under {@code name}; {@code driverPath} is used where the folder is on
     * shared storage and was not shipped. {@code announce} prints one line per load on the executor's stderr.
     */
    static Scorer scorer(String name, String driverPath, boolean announce) {
        return LOADED.computeIfAbsent(name + "\n" + driverPath, k -> load(locate(name, driverPath), announce));
    }

    private static Path locate(String name, String driverPath) {
        try {
            Path shipped = Path.of(SparkFiles.get(name));
            if (Files.isDirectory(shipped)) {
                return shipped;
            }
        } catch (RuntimeException notInSpark) {
            // outside a Spark task (a test calling the function directly): the driver's path
        }
        return Path.of(driverPath);
    }

    private static Scorer load(Path dir, boolean announce) {
        long t0 = System.nanoTime();
        try {
            ModelFolder.Loaded m = ModelFolder.load(dir);
            Scorer s = Scorers.forModel(m);
            if (announce) {
                System.err.printf("pulse-spark: executor JVM %d loaded the model from %s in %.1f s (checksums verified)%n",
                        ProcessHandle.current().pid(), dir, (System.nanoTime() - t0) / 1e9);
            }
            return new Serialised(s);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /** One scoring call at a time. */
    private record Serialised(Scorer inner) implements Scorer {
        @Override
        public synchronized List<io.commentpulse.score.Score> score(List<String> texts) {
            return inner.score(texts);
        }
    }

    /** How many models this JVM has loaded (for tests). */
    static int loaded() {
        return LOADED.size();
    }
}
