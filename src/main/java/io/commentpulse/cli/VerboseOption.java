package io.commentpulse.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} flag every command accepts (read early by {@link Logging}). */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Show detailed logs, including library messages and stack traces.")
    boolean verbose;
}
