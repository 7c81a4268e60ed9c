package io.commentpulse.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code spark/pulse-spark} and of {@code spark-submit --class io.commentpulse.spark.SparkMain}. */
@Command(name = "pulse-spark", mixinStandardHelpOptions = true, version = "CommentPulse on Spark 0.1.0",
        description = "CommentPulse's main job on Apache Spark: the same outputs as 'pulse run', computed by Spark "
                + "executors (embedded local[*] by default, or a cluster through spark-submit).",
        subcommands = {SparkRunCommand.class, CompareCommand.class, BenchInputCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class SparkMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("pulse-spark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("pulse-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required");
    }
}
