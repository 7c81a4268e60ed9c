package io.commentpulse.cli;

import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.ThreadContext;
import io.commentpulse.score.ThreadedCsv;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code --thread-context} option of score and run: each comment's concern read among its article's others. */
final class ThreadContextOption {
    @Option(names = "--thread-context", description = "Read each comment's concern in its thread: how worried the "
            + "other comments of the same article read moves it (\"a new Cold War\" is worry under an alarming story). "
            + "concern then holds that reading and concern_alone what the text alone gives. Threads are the "
            + "article_id column (pages) or a thread column (comment files); comments without one keep their own. "
            + "Needs a model calibrated with --thread-context (the default is); off by default, so that a comment's "
            + "score never depends on what else is scored with it unless asked.")
    boolean threadContext;

    /** The model's thread context; a usage error naming the model when it has none. */
    static ThreadContext required(ModelFolder.Loaded m) {
        return m.threadContext().orElseThrow(() -> new UsageException(m.dir() + " has no thread context; calibrate "
                + "it with `pulse calibrate --thread-context` on labeled comments with a thread column"));
    }

    /** Checks the model before any work, when the option was given. */
    void check(ModelFolder.Loaded m) {
        if (threadContext) {
            required(m);
        }
    }

    /**
     * Rewrites {@code scored} in place (atomically) when --thread-context was given; concerned then means the concern
     * read in its thread at or above {@code threshold}.
     */
    void apply(ModelFolder.Loaded m, Path scored, double threshold) throws IOException {
        if (!threadContext) {
            return;
        }
        ThreadedCsv.Result r = ThreadedCsv.write(required(m), scored, threshold, System.err);
        if (r != null) {
            System.err.printf(Locale.ROOT, "pulse: concern read in its thread for %d comments of %d threads%n",
                    r.inThreads(), r.threads());
        }
    }
}
