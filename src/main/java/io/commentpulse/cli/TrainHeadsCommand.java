package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.io.Progress;
import io.commentpulse.model.Evaluation;
import io.commentpulse.model.Evaluator;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Metrics;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.teacher.Teacher;
import io.commentpulse.score.EncoderModel;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.encoder.BgeSmallEncoder;
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

    @Option(names = "--l2", defaultValue = "1e-4", description = "L2 penalty of the heads (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--epochs", defaultValue = "30", description = "Passes over the rows (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the heads' training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep the encoder's vectors in FILE and reuse them "
            + "(encoding is nearly all of the time: about 80 texts/s).")
    Path cache;

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
        BgeSmallEncoder encoder = new BgeSmallEncoder();
        Teacher heads = new Teacher(encoder);
        if (cache != null) {
            heads.loadCache(cache);
        }
        List<String> texts = new ArrayList<>();
        train.all.forEach(r -> texts.add(r.text()));
        held.all.forEach(r -> texts.add(r.text()));
        Progress bar = new Progress("encoding", texts.size(), progress.show());
        long t0 = System.nanoTime();
        heads.encodeAll(texts, n -> bar.update(n, null));
        if (cache != null) {
            heads.saveCache(cache);
        }
        heads.fit(train.all, l2, epochs, seed);
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
        hyper.put("l2", l2);
        hyper.put("epochs", epochs);
        hyper.put("seed", seed);
        manifest.put("concern_threshold", threshold);
        manifest.put("concern_threshold_chosen_on", "the --dev rows (best F1)");
        ObjectNode metrics = manifest.putObject("dev_metrics");
        for (Map.Entry<String, List<LabeledExample>> e : held.byName.entrySet()) {
            Evaluation ev = new Evaluator(heads, threshold).evaluate(e.getKey(), e.getValue());
            metrics.set(e.getKey(), ev.toJson());
            System.out.println(ev.toText());
        }
        manifest.put("training_seconds", Math.round((System.nanoTime() - t0) / 1e9));
        EncoderModel.save(out, encoder, heads.heads(), manifest);
        System.err.printf(Locale.ROOT, "pulse: heads trained on %d rows over %s; concern threshold %.4f (best F1 on "
                + "%d dev rows) -> %s%n", train.all.size(), encoder.name(), threshold, gold.length, out);
        return 0;
    }
}
