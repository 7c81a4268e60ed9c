package io.commentpulse.cli;

import io.commentpulse.io.Progress;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.teacher.Teacher;
import io.commentpulse.score.encoder.BgeSmallEncoder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The encoder-with-linear-heads options shared by {@code distill} (the teacher) and {@code train-heads} (the
 * optional encoder model): how the heads are trained, and where the encoder's vectors are cached.
 */
final class HeadsOptions {
    @Option(names = "--l2", defaultValue = "1e-4", description = "L2 penalty of the linear heads (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--epochs", defaultValue = "30", description = "Passes over the labeled rows when training the "
            + "heads (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the heads' training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep the encoder's vectors in FILE and reuse them "
            + "on the next run over the same texts (encoding is most of the time: about 80 texts/s).")
    Path cache;

    /** BGE-small with its vectors of {@code texts} computed (from the cache where it has them; the cache updated). */
    Teacher encoded(List<String> texts, boolean progress) throws IOException {
        Teacher teacher = new Teacher(new BgeSmallEncoder());
        if (cache != null) {
            teacher.loadCache(cache);
        }
        Progress bar = new Progress("encoding", texts.size(), progress);
        long t0 = System.nanoTime();
        teacher.encodeAll(texts, n -> bar.update(n, null));
        if (cache != null) {
            teacher.saveCache(cache);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "pulse: encoded %d texts with %s in %.0f s (%.0f texts/s)%n", texts.size(),
                teacher.encoderName(), secs, texts.size() / Math.max(secs, 1e-9));
        return teacher;
    }

    /** Trains the heads of {@code teacher} on {@code rows} with these options. */
    void fit(Teacher teacher, List<LabeledExample> rows) {
        teacher.fit(rows, l2, epochs, seed);
    }
}
