package io.commentpulse.cli;

import picocli.CommandLine.Command;

/** {@code pulse bench}: throughput figures for each stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print throughput figures (a benchmark command, not a test).",
        subcommands = {BenchExtractCommand.class, BenchScoreCommand.class, BenchRunCommand.class, BenchInputsCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a bench target is required");
    }
}
