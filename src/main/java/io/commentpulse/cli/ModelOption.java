package io.commentpulse.cli;

import io.commentpulse.score.ModelFolder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --model DIR} option with the default model's location. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "Model folder (default: models/default next to the pulse launcher, or $PULSE_MODEL).")
    Path model;

    Path resolve() {
        return model != null ? model : defaultModel();
    }

    /** The folder holding the models: models/ next to the pulse launcher (or the working directory). */
    static Path modelsDir() {
        return Path.of(System.getProperty("pulse.home", ".")).resolve("models");
    }

    /**
     * The default model's concern threshold, where {@code pulse run} counts a comment as concerned: what report and
     * label-queue use for a scored CSV unless told otherwise; 0.5 where there is no default model.
     */
    static double defaultThreshold() throws java.io.IOException {
        Path model = defaultModel();
        return java.nio.file.Files.isRegularFile(model.resolve("manifest.json"))
                ? io.commentpulse.score.ModelFolder.manifest(model).path("concern_threshold").asDouble(0.5) : 0.5;
    }

    /**
     * The concern threshold {@code scored} was written with (its concerned column), else the default model's: where
     * a report or label queue made from a scored CSV counts a comment as concerned unless told otherwise.
     */
    static double scoredWith(Path scored) throws IOException {
        double fallback = defaultThreshold();
        return io.commentpulse.report.ConcernedColumn.threshold(scored, fallback, System.err).orElse(fallback);
    }

    /** The default model: $PULSE_MODEL when set, else models/default. */
    static Path defaultModel() {
        String env = System.getenv("PULSE_MODEL");
        return env != null && !env.isBlank() ? Path.of(env) : modelsDir().resolve("default");
    }

    /** Refuses an encoder model where {@code what} needs the DL4J network of a network model. */
    static void requireNetwork(ModelFolder.Loaded m, String what) {
        if (!m.hasNetwork()) {
            throw new UsageException(what + " needs a network model; " + m.dir() + " is " + (io.commentpulse.score.CombinedModel
                    .is(m.manifest()) ? "a combination (pulse combine)" : "an encoder model (pulse train-heads)"));
        }
    }

    ModelFolder.Loaded load() throws IOException {
        Path dir = resolve();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("model folder not found: " + dir + " (use --model DIR)");
        }
        return ModelFolder.load(dir);
    }
}
