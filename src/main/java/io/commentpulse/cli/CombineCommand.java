package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.model.Metrics;
import io.commentpulse.model.PlattScaling;
import io.commentpulse.model.Provenance;
import io.commentpulse.score.CombinedModel;
import io.commentpulse.score.ConcernCalibration;
import io.commentpulse.score.LogOdds;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse combine}: makes one model of several that read comments differently. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = {"Combine model folders into one model that scores with all of them: concern is the mean of "
                + "the members' concern logits, each standardised on the --fit rows, then calibrated (Platt) on those "
                + "rows; sentiment is the mean of the members' probabilities.",
                "Two models that err on different comments rank better together: the default DL4J network and an "
                        + "encoder model (pulse train-heads) are such a pair. The combination is as slow as its slowest "
                        + "member (an encoder model: tens of comments per second); see pulse bench score.",
                "The new folder holds only a manifest naming its members by relative path and manifest checksum; "
                        + "it refuses to load when a member changes (run combine again after a promote). Score, run, "
                        + "evaluate, explain and bench take it as --model; pulse-spark does not.",
                "Use dev rows for --fit, never the rows you report test figures on."})
public final class CombineCommand implements Callable<Integer> {

    @Option(names = "--member", required = true, paramLabel = "DIR",
            description = "A model folder to combine (repeat: two or more; network or encoder models).")
    List<Path> members;

    @Option(names = "--fit", required = true, paramLabel = "CSV",
            description = "Canonical labeled CSV (repeatable): rows with a concern label standardise each member's "
                    + "concern, choose the threshold (best F1) and calibrate the combination. "
                    + "At least " + ConcernRows.MIN_ROWS + " rows with both labels.")
    List<Path> fit;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Model folder to write (atomically); members are named relative to it, so keep them beside it.")
    Path out;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (members.size() < 2) {
            throw new UsageException("combine needs two --member folders or more");
        }
        ConcernRows rows = ConcernRows.read(fit, "combine", "--fit");
        LabeledInputs in = rows.files();
        List<String> texts = rows.texts();
        int[] gold = rows.gold();
        int concerned = rows.concerned();
        Path outAbs = out.toAbsolutePath().normalize();
        List<CombinedModel.Member> described = new ArrayList<>();
        List<List<Score>> scored = new ArrayList<>();
        ObjectNode first = null;
        for (Path dir : members) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("model folder not found: " + dir);
            }
            ModelFolder.Loaded m = ModelFolder.load(dir);
            if (CombinedModel.is(m.manifest())) {
                throw new UsageException(dir + " is itself a combination; combine its members instead");
            }
            first = first == null ? m.manifest().deepCopy() : first;
            System.err.printf("pulse: scoring %d rows with %s%n", texts.size(), dir);
            List<Score> s = Scorers.forModel(m).score(texts);
            double[] logits = s.stream().mapToDouble(x -> LogOdds.logit(x.concern())).toArray();
            double mean = Arrays.stream(logits).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(logits).map(v -> (v - mean) * (v - mean)).average().orElse(0));
            if (!(sd > 1e-9)) {
                System.err.println("pulse: " + dir + " gives every --fit row the same concern; it cannot be combined");
                return 1;
            }
            Path memberAbs = dir.toAbsolutePath().normalize();
            described.add(new CombinedModel.Member(outAbs.getParent() == null ? memberAbs.toString()
                    : outAbs.relativize(memberAbs).toString(), CombinedModel.manifestHash(memberAbs), round(mean), round(sd)));
            scored.add(s);
        }
        double[] raw = new double[gold.length];
        List<double[]> memberConcern = new ArrayList<>();
        for (List<Score> s : scored) {
            memberConcern.add(s.stream().mapToDouble(Score::concern).toArray());
        }
        for (int i = 0; i < gold.length; i++) {
            List<Score> each = new ArrayList<>();
            for (List<Score> s : scored) {
                each.add(s.get(i));
            }
            raw[i] = CombinedModel.combine(each, described).concern();
        }
        ConcernCalibration cal;
        try {
            cal = PlattScaling.fit(raw, gold);
        } catch (PlattScaling.CannotFitException e) {
            System.err.println("pulse: cannot calibrate the combination on " + fit + ": " + e.getMessage());
            return 1;
        }
        double rawThreshold = round(Metrics.bestThreshold(gold, raw));
        ObjectNode manifest = ModelFolder.json().createObjectNode();
        manifest.put("name", outAbs.getFileName().toString());
        manifest.put("format", first.path("format").asText("commentpulse-model/1"));
        manifest.put("created", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        manifest.put("trainer", "pulse combine: mean of the members' standardised concern logits, mean of their "
                + "sentiment probabilities, Platt-calibrated on the fit rows");
        ObjectNode labelsNode = manifest.putObject("labels");
        labelsNode.set("sentiment", first.path("labels").path("sentiment").deepCopy());
        labelsNode.put("concern", "1 = the reader expresses worry, fear, alarm or pessimism (combined members)");
        CombinedModel.describe(manifest, described);
        manifest.set("fit_data", Provenance.files(in.files));
        ObjectNode figures = manifest.putObject("fit_figures");
        figures.put("rows", gold.length);
        figures.put("concerned", concerned);
        ArrayNode per = figures.putArray("member_concern_roc_auc");
        System.out.printf(Locale.ROOT, "fit rows: %d (%d concerned)%n", gold.length, concerned);
        for (int k = 0; k < members.size(); k++) {
            double auc = Metrics.rocAuc(gold, memberConcern.get(k));
            per.add(round(auc));
            System.out.printf(Locale.ROOT, "  member %-40s concern ROC-AUC %.4f%n", members.get(k), auc);
        }
        double auc = Metrics.rocAuc(gold, raw);
        figures.put("concern_roc_auc", round(auc));
        System.out.printf(Locale.ROOT, "  combined%-40s concern ROC-AUC %.4f%n", "", auc);
        manifest.put("concern_threshold_raw", rawThreshold);
        manifest.put("concern_threshold", round(cal.apply(rawThreshold)));
        manifest.put("concern_threshold_chosen_on", "the --fit rows (best F1)");
        ObjectNode c = manifest.putObject(ConcernCalibration.KEY);
        c.put("method", "Platt scaling of the combined concern logit, with Platt's smoothed targets");
        c.put("slope", cal.slope());
        c.put("intercept", cal.intercept());
        c.set("data", Provenance.files(in.files));
        c.put("rows", gold.length);
        c.put("concerned", concerned);
        CombinedModel.save(out, manifest);
        System.err.printf(Locale.ROOT, "pulse: %d members combined (threshold %.3f, calibrated: slope %.3f, intercept "
                + "%.3f) -> %s%n", members.size(), manifest.path("concern_threshold").asDouble(), cal.slope(),
                cal.intercept(), out);
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
