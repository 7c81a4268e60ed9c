package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Metrics;
import io.commentpulse.model.PlattScaling;
import io.commentpulse.model.Provenance;
import io.commentpulse.score.ConcernCalibration;
import io.commentpulse.score.ThreadContext;
import io.commentpulse.model.ThreadContextFit;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse calibrate}: rescales a model's concern probabilities to the comments it will score. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the concern output's probabilities to labeled comments like the ones you score (Platt "
                + "scaling: p' = sigmoid(slope * logit(p) + intercept)) and write the model with that calibration.",
                "A model's concern probability reflects its training data's base rate; where worried comments are "
                        + "more (or less) common, its probabilities are too low (or too high). Calibration fixes the "
                        + "probabilities without retraining and without changing any ranking: ROC-AUC, and F1 at the "
                        + "model's threshold (which is mapped along), stay as they were. Sentiment is untouched.",
                "The fit uses the model's uncalibrated concern (its network read with its concern readout), so "
                        + "calibrating a calibrated model replaces its calibration. "
                        + "Rows need a concern label (1 or 0); about 100 or more, with both labels, give a stable fit."})
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Option(names = "--data", required = true, paramLabel = "CSV",
            description = "Canonical labeled CSV of comments like those the model will score (repeatable); rows "
                    + "without a concern label are ignored.")
    List<Path> data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Model folder to write (replaced atomically; may be the --model folder itself).")
    Path out;

    @Option(names = "--readout", split = ",", paramLabel = "PART", description = "Also choose which of the network's "
            + "concern estimates are read for this domain (the mean logit of these parts: head, goemotions, "
            + "semeval2018, news, bunemo, dreaddit; compare them first with `pulse evaluate --readout` on a dev set). "
            + "The threshold is then chosen anew, as the one that maximises F1 on the --data rows.")
    List<String> readout;

    @Option(names = "--thread-context", description = "Also fit how a comment's thread moves its concern "
            + "(`score --thread-context`): logistic regression of the label on the calibrated concern and the mean "
            + "concern of the other rows of its thread, on the --data rows that name their thread (a thread column, "
            + "as `pulse import bu-nemo` and `news-readers` write; at least 5 threads of two or more rows). Prints "
            + "ROC-AUC on those rows with and without it. Without this option a calibration drops any thread context "
            + "the model had (it was fitted to the old calibration).")
    boolean threadContext;

    @Option(names = "--thread-shrink", paramLabel = "K", defaultValue = "2", description = "How little a short "
            + "thread says: the others' mean counts (n - 1) / (n - 1 + K) of its weight, n the thread's size "
            + "(default: ${DEFAULT-VALUE}).")
    double threadShrink;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        ModelFolder.Loaded m = model.load();
        ConcernRows rows = ConcernRows.read(data, "calibration", "--data");
        LabeledInputs in = rows.files();
        List<String> texts = rows.texts();
        int[] gold = rows.gold();
        int concerned = rows.concerned();
        if (readout != null) {
            ModelOption.requireNetwork(m, "--readout");
        }
        io.commentpulse.score.ConcernReadout.Bound chosen = readout == null ? null : EvaluateCommand.chosenReadout(m, readout);
        double[] raw = (chosen == null ? Scorers.uncalibrated(m)
                : Scorers.forNetwork(m.storedNetwork(), m.featurizer(), Scorers.DEFAULT_BATCH, chosen))
                .score(texts).stream().mapToDouble(Score::concern).toArray();
        ConcernCalibration cal;
        try {
            cal = PlattScaling.fit(raw, gold);
        } catch (PlattScaling.CannotFitException e) {
            System.err.println("pulse: cannot calibrate " + m.dir() + " on " + data + ": " + e.getMessage());
            return 1;
        }
        double[] after = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            after[i] = cal.apply(raw[i]);
        }
        Fit before = Fit.of(gold, raw);
        Fit fitted = Fit.of(gold, after);
        double auc = Metrics.rocAuc(gold, raw);
        ObjectNode manifest = m.manifest().deepCopy();
        double rawThreshold = manifest.path("concern_threshold_raw").asDouble(m.concernThreshold());
        if (chosen != null) {
            if (chosen.readout().usesEmotions()) {
                manifest.set(io.commentpulse.score.ConcernReadout.KEY, chosen.readout().toJson());
            } else {
                manifest.remove(io.commentpulse.score.ConcernReadout.KEY);
            }
            rawThreshold = round(Metrics.bestThreshold(gold, raw));
            manifest.put("concern_readout_chosen_on", "the calibration data (its rows, its best-F1 threshold)");
        }
        double threshold = round(cal.apply(rawThreshold));
        manifest.put("calibrated_from", manifest.path("name").asText(""));
        manifest.put("name", out.toAbsolutePath().getFileName().toString());
        manifest.put("concern_threshold_raw", rawThreshold);
        manifest.put("concern_threshold", threshold);
        ObjectNode c = manifest.putObject(ConcernCalibration.KEY);
        c.put("method", "Platt scaling of the " + (m.hasNetwork() ? "network's" : "model's uncalibrated") + " concern logit, with "
                + "Platt's smoothed targets");
        c.put("slope", cal.slope());
        c.put("intercept", cal.intercept());
        c.put("created", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        c.set("data", Provenance.files(in.files));
        c.put("rows", gold.length);
        c.put("concerned", concerned);
        c.put("roc_auc", round(auc));
        c.set("before", before.toJson(c.objectNode()));
        c.set("after", fitted.toJson(c.objectNode()));
        c.put("note", "dev_metrics were measured before calibration: ROC-AUC, PR-AUC and F1 at the (mapped) "
                + "threshold are unchanged by it, ECE is not");
        manifest.remove(ThreadContext.KEY);
        String threadNote = null;
        if (threadContext) {
            ThreadContext tc;
            try {
                tc = ThreadContextFit.fit(rows.threads(), after, gold, threadShrink);
            } catch (PlattScaling.CannotFitException e) {
                System.err.println("pulse: cannot fit a thread context on " + data + ": " + e.getMessage());
                return 1;
            }
            threadNote = threadFigures(tc, rows.threads(), after, gold);
            ObjectNode t = tc.toJson(manifest.putObject(ThreadContext.KEY));
            t.put("method", "logistic regression of the label on the calibrated concern log-odds and the shrunk mean "
                    + "log-odds of the thread's other rows, with Platt's smoothed targets");
            t.set("data", Provenance.files(in.files));
            t.put("note", threadNote);
        }
        ModelFolder.saveWithManifest(m, out, manifest);
        System.err.printf(Locale.ROOT, "pulse: concern calibrated on %d labeled rows (%d concerned): slope %.3f, "
                        + "intercept %.3f -> %s%n", gold.length, concerned, cal.slope(), cal.intercept(), out);
        System.out.printf(Locale.ROOT, "calibration data: ROC-AUC %.4f (unchanged)%n", auc);
        System.out.printf(Locale.ROOT, "  uncalibrated: %s%n", before.toText());
        if (m.manifest().has(io.commentpulse.score.ConcernCalibration.KEY)) {
            // the model given is calibrated already: what the user has today is that, not the raw network
            double[] now = Scorers.forModel(m).score(texts).stream().mapToDouble(Score::concern).toArray();
            System.out.printf(Locale.ROOT, "  as it is:     %s (its present calibration, replaced by this one)%n",
                    Fit.of(gold, now).toText());
        }
        System.out.printf(Locale.ROOT, "  after:        %s%n", fitted.toText());
        System.out.printf(Locale.ROOT, "concern threshold %.4f -> %.4f (same decisions)%n", m.concernThreshold(), threshold);
        if (threadNote != null) {
            System.out.println("thread context: " + threadNote);
        }
        return 0;
    }

    /** ROC-AUC and log-loss of the rows in threads, alone and in their threads (on the rows it was fitted to). */
    private static String threadFigures(ThreadContext tc, List<String> threads, double[] p, int[] gold) {
        double[] q = tc.apply(threads, p);
        List<Integer> idx = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < p.length; i++) {
            if (threads.get(i) != null && !threads.get(i).isBlank()) {
                idx.add(i);
                names.add(threads.get(i));
            }
        }
        int[] g = idx.stream().mapToInt(i -> gold[i]).toArray();
        double[] a = idx.stream().mapToDouble(i -> p[i]).toArray();
        double[] b = idx.stream().mapToDouble(i -> q[i]).toArray();
        return String.format(Locale.ROOT, "%d rows in %d threads (fit rows): ROC-AUC %.4f alone, %.4f in their "
                        + "threads; log-loss %.4f, %.4f; weight %.3f, slope %.3f, intercept %.3f, shrink %.1f",
                g.length, names.size(), Metrics.rocAuc(g, a), Metrics.rocAuc(g, b), Metrics.logLoss(g, a),
                Metrics.logLoss(g, b), tc.weight(), tc.slope(), tc.intercept(), tc.shrink());
    }

    /** How well probabilities fit the labels: computed once, written to the manifest and printed. */
    private record Fit(double ece, double brier, double logLoss, double meanConcern, double observedShare) {
        static Fit of(int[] gold, double[] p) {
            return new Fit(Metrics.ece(gold, p, 10), Metrics.brier(gold, p), Metrics.logLoss(gold, p),
                    Arrays.stream(p).average().orElse(Double.NaN), Arrays.stream(gold).average().orElse(Double.NaN));
        }

        ObjectNode toJson(ObjectNode o) {
            o.put("ece", round(ece));
            o.put("brier", round(brier));
            o.put("log_loss", round(logLoss));
            o.put("mean_concern", round(meanConcern));
            return o;
        }

        String toText() {
            return String.format(Locale.ROOT, "ECE %.4f  Brier %.4f  log-loss %.4f  mean concern %.3f (observed share %.3f)",
                    ece, brier, logLoss, meanConcern, observedShare);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
