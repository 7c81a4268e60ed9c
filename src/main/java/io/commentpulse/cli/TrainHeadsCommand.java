package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.model.Evaluation;
import io.commentpulse.model.Evaluator;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Metrics;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.teacher.Teacher;
import io.commentpulse.score.EncoderModel;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pulse train-heads}: the optional encoder model, a pretrained sentence encoder with trained linear heads. */
@Command(name = "train-heads", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the optional encoder model: a pretrained sentence encoder (BGE-small, ONNX Runtime, from "
                + "its Maven Central jar) with linear sentiment and concern heads trained on --data, written as a model "
                + "folder that --model accepts anywhere (score, run, evaluate, calibrate, explain, bench score).",
                "It reads news readers better than the default network and is about 300 times slower (tens of "
                        + "comments per second). The concern threshold is the one that maximises F1 on the --dev rows; "
                        + "calibrate it afterwards with `pulse calibrate` as the default was (models/README.md)."})
public final class TrainHeadsCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "CSV",
            description = "Canonical labeled CSV to train the heads on (repeatable); a row may carry either label.")
    List<Path> data;

    @Option(names = "--dev", required = true, paramLabel = "CSV",
            description = "Labeled CSV for the threshold and the dev figures in the manifest (repeatable).")
    List<Path> dev;

    @Mixin
    HeadsOptions options;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Model folder to write (atomically).")
    Path out;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        LabeledInputs train = LabeledInputs.read(data, true);
        LabeledInputs held = LabeledInputs.read(dev, true);
        if (train.all.isEmpty() || held.all.isEmpty()) {
            throw new UsageException("--data and --dev need labeled rows");
        }
        List<String> texts = new ArrayList<>();
        train.all.forEach(r -> texts.add(r.text()));
        held.all.forEach(r -> texts.add(r.text()));
        long t0 = System.nanoTime();
        Teacher heads = options.encoded(texts, progress.show());
        options.fit(heads, train.all);
        List<LabeledExample> withConcern = held.all.stream().filter(r -> r.concern() != null).toList();
        int[] gold = withConcern.stream().mapToInt(LabeledExample::concern).toArray();
        double[] raw = heads.score(withConcern.stream().map(LabeledExample::text).toList()).stream()
                .mapToDouble(Score::concern).toArray();
        double threshold = Math.round(Metrics.bestThreshold(gold, raw) * 1e4) / 1e4;

        ObjectNode manifest = ModelFolder.json().createObjectNode();
        manifest.put("name", out.toAbsolutePath().getFileName().toString());
        manifest.put("created", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        manifest.put("trainer", "pulse train-heads: linear heads (Adam, L2, square-root inverse-frequency class "
                + "weights) over the frozen encoder's vectors");
        manifest.set("training_data", Provenance.files(train.files));
        manifest.set("dev_data", Provenance.files(held.files));
        ObjectNode hyper = manifest.putObject("hyperparameters");
        hyper.put("l2", options.l2);
        hyper.put("epochs", options.epochs);
        hyper.put("seed", options.seed);
        manifest.put("concern_threshold", threshold);
        manifest.put("concern_threshold_chosen_on", "the --dev rows (best F1)");
        ObjectNode metrics = manifest.putObject("dev_metrics");
        for (Map.Entry<String, List<LabeledExample>> e : held.byName.entrySet()) {
            Evaluation ev = new Evaluator(heads, threshold).evaluate(e.getKey(), e.getValue());
            metrics.set(e.getKey(), ev.toJson());
            System.out.println(ev.toText());
        }
        manifest.put("training_seconds", Math.round((System.nanoTime() - t0) / 1e9));
        EncoderModel.save(out, heads.encoderName(), heads.heads(), manifest);
        System.err.printf(Locale.ROOT, "pulse: heads trained on %d rows over %s; concern threshold %.4f (best F1 on "
                + "%d dev rows) -> %s%n", train.all.size(), heads.encoderName(), threshold, gold.length, out);
        return 0;
    }
}
