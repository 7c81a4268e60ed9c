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
            commandLine.getErr().println("pulse: " + message(ex));
            if (Logging.verbose()) {
                ex.printStackTrace(commandLine.getErr());
            }
            // a path of the wrong kind (a file where a folder is needed, or one that must not exist) is a usage error
            return ex instanceof UsageException || ex instanceof java.nio.file.FileAlreadyExistsException
                    || ex instanceof java.nio.file.NotDirectoryException ? 2 : 1;
        });
        return cl;
    }

    /**
     * One line for a failure: a file system error names its file and says what is wrong with it (Java's own message
     * is the bare path: "pulse: /tmp/out.csv").
     */
    static String message(Throwable ex) {
        if (ex instanceof java.nio.file.FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists (and is in the way)"
                    : f instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                    : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
                    : f.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + why;
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a COMMAND is required");
    }
}
