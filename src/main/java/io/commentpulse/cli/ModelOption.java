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
        if (model != null) {
            return model;
        }
        String env = System.getenv("PULSE_MODEL");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("pulse.home");
        Path base = home == null ? Path.of(".") : Path.of(home);
        return base.resolve("models").resolve("default");
    }

    ModelFolder.Loaded load() throws IOException {
        Path dir = resolve();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("model folder not found: " + dir + " (use --model DIR)");
        }
        return ModelFolder.load(dir);
    }
}
