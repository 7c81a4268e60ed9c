package io.commentpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.io.Hashing;
import io.commentpulse.model.Comparison;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Provenance;
import io.commentpulse.model.TrainConfig;
import io.commentpulse.model.Trainer;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/** {@code pulse retrain}: fine-tune a model on the user's labels and compare it with its base. */
@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = {"Fine-tune a base model on newly labeled comments (canonical labeled CSV), optionally mixed with a "
                + "replay sample of the base model's own training data so it does not forget.",
                "Evaluates base and new model on a dev set (--dev, or a fixed-seed split of the new labels, saved as "
                        + "comparison-dev.csv in the new model folder) and on the base model's own dev files where they "
                        + "exist, and prints per metric: base, new, change and a 95%% bootstrap interval of the change.",
                "The new model's manifest records its base model, the new data's hashes and the comparison."})
public final class RetrainCommand implements Callable<Integer> {
    @Option(names = "--base", paramLabel = "DIR", description = "Model to start from (default: $PULSE_MODEL, else models/default).")
    Path base;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Newly labeled comments (repeatable).")
    List<Path> data;

    @Option(names = "--dev", paramLabel = "CSV", description = "Held-back labeled rows of the same domain (repeatable).")
    List<Path> dev;

    @Option(names = "--dev-fraction", defaultValue = "0.2", description = "Share of --data held back when --dev is not given (default: ${DEFAULT-VALUE}).")
    double devFraction;

    @Option(names = "--replay", paramLabel = "CSV",
            description = "Labeled CSV to draw replay rows from (repeatable; default: the base manifest's training files that exist).")
    List<Path> replay;

    @Option(names = "--replay-ratio", defaultValue = "2.0",
            description = "Replay rows per new training row; 0 disables replay (default: ${DEFAULT-VALUE}).")
    double replayRatio;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the new model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "4", description = "Maximum fine-tuning epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "0.0005", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the split, replay sample and training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "500", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--no-original-dev", description = "Do not compare on the base model's own dev files.")
    boolean noOriginalDev;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    /** The fewest rows retrain trains on, as train. */
    static final int MIN_ROWS = TrainCommand.MIN_TRAIN_ROWS;
    /** Fewer rows than this to compare on are too few to tell two models apart: said, not refused. */
    static final int MIN_COMPARED = 50;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path baseDir = base != null ? base : ModelOption.defaultModel();
        ModelFolder.Loaded b = ModelFolder.load(baseDir);
        ModelOption.requireNetwork(b, "retrain");
        LabeledInputs labeled = LabeledInputs.read(data, false);
        List<LabeledExample> train = new ArrayList<>(labeled.all);
        Map<String, List<LabeledExample>> devSets = new LinkedHashMap<>();
        List<LabeledExample> heldBack = new ArrayList<>();
        if (dev != null && !dev.isEmpty()) {
            LabeledInputs d = LabeledInputs.read(dev, false);
            d.all.stream().filter(LabeledExample::hasHardLabel).forEach(r -> heldBack.add(r.withSoft(null)));
        } else {
            // rows compared on need labels of their own: a row with only a teacher's soft targets trains, never compares
            Collections.shuffle(train, new Random(seed));
            int k = (int) Math.round(train.size() * devFraction);
            List<LabeledExample> rest = new ArrayList<>();
            for (LabeledExample r : train) {
                if (heldBack.size() < k && r.hasHardLabel()) {
                    heldBack.add(r.withSoft(null));
                } else {
                    rest.add(r);
                }
            }
            train = rest;
        }
        // a text compared on is never trained on: a copy of it elsewhere in the data would make the comparison
        // measure memory (the same rule as train's)
        java.util.Set<String> compared = new java.util.HashSet<>();
        heldBack.forEach(r -> compared.add(r.text().strip()));
        int before = train.size();
        train.removeIf(r -> compared.contains(r.text().strip()));
        if (train.size() < before) {
            System.err.printf("pulse: dropped %d training rows whose text is also compared on%n", before - train.size());
        }
        if (train.isEmpty() || heldBack.isEmpty()) {
            throw new UsageException("need labeled rows both to train on and to compare on (got " + train.size() + " and "
                    + heldBack.size() + ")");
        }
        if (train.size() < MIN_ROWS) {
            throw new UsageException("only " + train.size() + " rows to train on: retrain needs at least " + MIN_ROWS
                    + " (label more comments, e.g. with pulse label-queue)");
        }
        if (heldBack.size() < MIN_COMPARED) {
            System.err.printf("pulse: warning: only %d rows to compare on: too few to tell the models apart (give --dev "
                    + "with more, or label more)%n", heldBack.size());
        }
        devSets.put("new-labels-dev", heldBack);
        int newRows = train.size();
        List<Path> replayFiles = replayFiles(b.manifest());
        int replayed = 0;
        if (replayRatio > 0 && replayFiles.isEmpty()) {
            System.err.println("pulse: warning: no replay data (the base model's training files are not on this machine); "
                    + "give --replay CSV to keep the model from forgetting, or --replay-ratio 0 to silence this");
        }
        if (replayRatio > 0 && !replayFiles.isEmpty()) {
            List<LabeledExample> pool = new ArrayList<>();
            for (Path f : replayFiles) {
                pool.addAll(LabeledCsv.read(f).rows());
            }
            Collections.shuffle(pool, new Random(seed + 1));
            replayed = (int) Math.min(pool.size(), Math.round(newRows * replayRatio));
            train.addAll(pool.subList(0, replayed));
        }
        System.err.printf("pulse: fine-tuning %s on %d new rows + %d replay rows; comparing on %d held-back rows%n",
                baseDir, newRows, replayed, heldBack.size());
        TrainConfig cfg = new TrainConfig(seed, epochs, 2, 64, lr, 100, 48, 192, 0.3, 2.0, 0, 0,
                b.featurizer().config().buckets(), 1.0, 0, false);
        Trainer.Result r = new Trainer(cfg, progress.show()).fineTune(b.network(), b.featurizer(), b.readout().readout(),
                ConcernReadout.emotionLabels(b.manifest()), train, devSets,
                b.concernThreshold());

        Map<String, List<LabeledExample>> compareSets = new LinkedHashMap<>(devSets);
        if (!noOriginalDev) {
            for (JsonNode f : b.manifest().path("dev_data")) {
                Path p = Path.of(f.path("file").asText());
                if (Files.isRegularFile(p)) {
                    compareSets.put(p.getFileName().toString().replaceFirst("\\.csv$", ""), LabeledCsv.read(p).rows());
                }
            }
        }
        Comparison cmp = Comparison.of(compareSets, Scorers.forModel(b), b.concernThreshold(),
                Scorers.forNetwork(r.network(), r.featurizer(), Scorers.DEFAULT_BATCH, b.readout()), r.threshold(), resamples, seed);

        List<Provenance.DataFile> newFiles = labeled.files;
        ObjectNode manifest = Provenance.manifest(out.getFileName().toString(), newFiles, List.of(), cfg, r, null);
        ObjectNode baseNode = manifest.putObject("base_model");
        baseNode.put("name", b.manifest().path("name").asText(baseDir.getFileName().toString()));
        baseNode.put("path", baseDir.toString());
        baseNode.put("created", b.manifest().path("created").asText());
        baseNode.put("network_sha256", Hashing.sha256(baseDir.resolve(ModelFolder.NETWORK)));
        baseNode.set("training_data", b.manifest().path("training_data"));
        ObjectNode rep = manifest.putObject("replay");
        rep.put("rows", replayed);
        rep.put("ratio", replayRatio);
        var rf = rep.putArray("files");
        replayFiles.forEach(f -> rf.add(f.toString()));
        manifest.put("new_rows", newRows);
        manifest.set("comparison", cmp.toJson());
        var cmpFiles = manifest.putArray("comparison_data");
        compareSets.keySet().forEach(cmpFiles::add);
        ModelFolder.save(out, r.network(), r.featurizer(), manifest);
        Path heldFile = out.resolve("comparison-dev.csv");
        LabeledCsv.write(heldFile, heldBack, heldBack.stream().anyMatch(x -> !Double.isNaN(x.intensity())));
        System.out.print(cmp.toText());
        System.err.printf(Locale.ROOT, "pulse: retrained in %.0f s (best epoch %d) -> %s; held-back rows in %s%n",
                (System.nanoTime() - t0) / 1e9, r.bestEpoch(), out, heldFile);
        return 0;
    }

    private List<Path> replayFiles(JsonNode manifest) {
        if (replay != null && !replay.isEmpty()) {
            return replay;
        }
        List<Path> out = new ArrayList<>();
        for (JsonNode f : manifest.path("training_data")) {
            Path p = Path.of(f.path("file").asText());
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
