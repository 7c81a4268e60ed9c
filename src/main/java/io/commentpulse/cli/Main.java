package io.commentpulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./pulse}. */
@Command(name = "pulse", mixinStandardHelpOptions = true, version = "CommentPulse 0.1.0",
        description = "Isolates reader comments from saved article pages, scores them for sentiment and concern "
                + "with a Deeplearning4j model, and reports how reaction moves over time.",
        subcommands = {RunCommand.class, ExtractCommand.class, EvalExtractCommand.class, ImportCommand.class, TrainCommand.class,
                EvaluateCommand.class, ScoreCommand.class, ReportCommand.class, ExplainCommand.class,
                LabelQueueCommand.class, RetrainCommand.class, DistillCommand.class, SoftenCommand.class, TrainHeadsCommand.class, PromoteCommand.class, CalibrateCommand.class, CombineCommand.class, ModelsCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.configure(args);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("pulse: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("pulse: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Logging.verbose()) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ex instanceof UsageException ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required");
    }
}
