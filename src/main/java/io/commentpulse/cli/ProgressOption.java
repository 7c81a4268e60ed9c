package io.commentpulse.cli;

import picocli.CommandLine.Option;

/** The {@code --no-progress} flag of long-running commands. */
final class ProgressOption {
    @Option(names = "--no-progress",
            description = "No progress output (by default: a bar on a terminal, a log line every 10 s otherwise).")
    boolean noProgress;

    boolean show() {
        return !noProgress;
    }
}
