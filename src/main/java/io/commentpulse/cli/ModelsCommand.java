package io.commentpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentpulse.score.ConcernCalibration;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.ModelFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code pulse models}: the model folders and their manifests' key figures. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List model folders (those with a manifest.json) with creation time, base model, training rows, "
                + "dev figures, concern readout and concern calibration.")
public final class ModelsCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder holding models (default: models next to the launcher).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path root = dir != null ? dir : ModelOption.modelsDir();
        if (!Files.isDirectory(root)) {
            throw new UsageException("no models folder: " + root);
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path m : s.filter(p -> Files.isRegularFile(p.resolve(ModelFolder.MANIFEST))).sorted().toList()) {
                JsonNode man = ModelFolder.manifest(m);
                long rows = 0;
                for (JsonNode f : man.path("training_data")) {
                    rows += f.path("rows").asLong();
                }
                System.out.printf(Locale.ROOT, "%-28s created %s  training rows %d%s%n", m.getFileName(),
                        man.path("created").asText("?"), rows,
                        man.has("base_model") ? "  base " + man.path("base_model").path("name").asText() : "");
                for (JsonNode e : man.path("dev_metrics")) {
                    StringBuilder sb = new StringBuilder();
                    JsonNode sent = e.path("sentiment");
                    if (!sent.isMissingNode()) {
                        sb.append(String.format(Locale.ROOT, " sentiment macro-F1 %.4f macro-recall %.4f",
                                sent.path("macro_f1").asDouble(), sent.path("macro_recall").asDouble()));
                    }
                    JsonNode con = e.path("concern");
                    if (!con.isMissingNode()) {
                        sb.append(String.format(Locale.ROOT, " concern ROC-AUC %.4f", con.path("roc_auc").asDouble()));
                    }
                    System.out.printf("    %-26s%s%n", e.path("data").asText(), sb);
                }
                JsonNode readout = man.path(ConcernReadout.KEY).path("groups");
                if (readout.isArray() && readout.size() > 0) {
                    StringBuilder groups = new StringBuilder();
                    for (JsonNode g : readout) {
                        StringBuilder one = new StringBuilder();
                        g.forEach(l -> one.append(one.length() == 0 ? "" : " or ").append(l.asText()));
                        groups.append(", ").append(one);
                    }
                    System.out.println("    concern = mean logit of the head" + groups);
                }
                JsonNode cal = man.path(ConcernCalibration.KEY);
                if (!cal.isMissingNode()) {
                    StringBuilder files = new StringBuilder();
                    for (JsonNode f : cal.path("data")) {
                        files.append(files.length() == 0 ? "" : ", ").append(Path.of(f.path("file").asText()).getFileName());
                    }
                    System.out.printf(Locale.ROOT, "    concern calibrated on %d rows of %s (ECE %.4f -> %.4f there)%n",
                            cal.path("rows").asInt(), files, cal.path("before").path("ece").asDouble(),
                            cal.path("after").path("ece").asDouble());
                }
                if (man.has("concern_threshold")) {
                    System.out.printf(Locale.ROOT, "    concerned at %.4f or more (its threshold: pulse run counts at it)%n",
                            man.path("concern_threshold").asDouble());
                }
                JsonNode thread = man.path(io.commentpulse.score.ThreadContext.KEY);
                if (!thread.isMissingNode()) {
                    System.out.println("    concern in its thread with --thread-context: " + thread.path("note").asText(""));
                }
                Iterator<JsonNode> cmp = man.path("comparison").elements();
                if (cmp.hasNext()) {
                    System.out.println("    comparison with base: see manifest.json \"comparison\"");
                }
            }
        }
        return 0;
    }
}
