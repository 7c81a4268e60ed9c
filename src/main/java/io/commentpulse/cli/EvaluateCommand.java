package io.commentpulse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.commentpulse.model.Evaluation;
import io.commentpulse.model.Evaluator;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.ConcernReadout;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pulse evaluate}: a model's metrics on labeled CSVs. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a model on canonical labeled CSVs.",
                "Sentiment: accuracy, macro-F1, macro-recall, per-class precision/recall/F1 and the confusion matrix. "
                        + "Concern: ROC-AUC, PR-AUC, F1 at the model's threshold and expected calibration error. "
                        + "Pearson/Spearman of concern with the intensity column when present."})
public final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Labeled CSV to evaluate on (repeatable).")
    List<Path> data;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--threshold", paramLabel = "T", description = "Concern threshold (default: the model's own).")
    Double threshold;

    @Option(names = "--concern-head-only", description = "Read concern from the network's concern head alone, without "
            + "the model's concern readout and calibration, to measure what they add (F1 then uses --threshold, "
            + "or 0.5).")
    boolean headOnly;

    @Option(names = "--readout", split = ",", paramLabel = "PART", description = "Read concern as the mean logit of "
            + "these parts instead of the model's own readout: head (the concern head) and the schemes the model's "
            + "emotions output estimates (goemotions, semeval2018, news, bunemo, dreaddit), e.g. --readout head,news. "
            + "F1 then uses --threshold, or 0.5. Calibration is not applied.")
    List<String> readout;

    @Option(names = "--thread-context", description = "Read each comment's concern in its thread, as `score "
            + "--thread-context` does: rows that name their thread (a thread column) are moved by how worried the "
            + "thread's other rows read; rows without one keep their own. Needs a model calibrated with "
            + "--thread-context. Compare with and without it on the same files.")
    boolean threadContext;

    @Mixin
    VerboseOption verbose;

    /** The readout of {@code parts} bound to the model's emotions output; a bad part is a usage error. */
    static ConcernReadout.Bound chosenReadout(ModelFolder.Loaded m, List<String> parts) {
        List<String> labels = ConcernReadout.emotionLabels(m.manifest());
        try {
            return io.commentpulse.model.ConcernSchemes.choose(labels, parts).bind(labels);
        } catch (IllegalArgumentException e) {
            throw new UsageException(m.dir() + ": " + e.getMessage());
        }
    }

    /**
     * Says where a figure cannot mean what it usually does: concern labels of one class only (ROC-AUC and PR-AUC are
     * undefined, NaN) and sentiment classes no row has (macro figures count them as recall 0).
     */
    private static void warnAboutClasses(String name, List<LabeledExample> rows) {
        long concerned = rows.stream().filter(r -> r.concern() != null && r.concern() == 1).count();
        long notConcerned = rows.stream().filter(r -> r.concern() != null && r.concern() == 0).count();
        if (concerned + notConcerned > 0 && (concerned == 0 || notConcerned == 0)) {
            System.err.printf("pulse: %s: warning: every concern label is %d (%d rows): ROC-AUC and PR-AUC are "
                    + "undefined (NaN)%n", name, concerned == 0 ? 0 : 1, concerned + notConcerned);
        }
        java.util.EnumSet<io.commentpulse.score.Sentiment> seen = java.util.EnumSet.noneOf(io.commentpulse.score.Sentiment.class);
        rows.stream().filter(r -> r.sentiment() != null).forEach(r -> seen.add(r.sentiment()));
        if (!seen.isEmpty() && seen.size() < 3) {
            java.util.EnumSet<io.commentpulse.score.Sentiment> absent = java.util.EnumSet.complementOf(seen);
            System.err.printf("pulse: %s: warning: no row is labeled %s: macro-F1 and macro-recall count %s as 0%n",
                    name, absent.stream().map(io.commentpulse.score.Sentiment::label)
                            .collect(java.util.stream.Collectors.joining(" or ")), absent.size() == 1 ? "its recall" : "their recall");
        }
    }

    @Override
    public Integer call() throws Exception {
        ModelFolder.Loaded m = model.load();
        LabeledInputs in = LabeledInputs.readEach(data, true);
        if (readout != null && headOnly) {
            throw new UsageException("give --readout or --concern-head-only, not both");
        }
        if (readout != null || headOnly) {
            ModelOption.requireNetwork(m, readout != null ? "--readout" : "--concern-head-only");
        }
        Evaluator ev = readout != null
                ? new Evaluator(Scorers.forNetwork(m.storedNetwork(), m.featurizer(), Scorers.DEFAULT_BATCH,
                        chosenReadout(m, readout)), threshold == null ? 0.5 : threshold)
                : headOnly
                ? new Evaluator(Scorers.forNetwork(m.storedNetwork(), m.featurizer(), Scorers.DEFAULT_BATCH,
                        ConcernReadout.headOnly()),
                        threshold == null ? 0.5 : threshold)
                : new Evaluator(Scorers.forModel(m), threshold == null ? m.concernThreshold() : threshold,
                        threadContext ? ThreadContextOption.required(m) : null);
        if (threadContext && (readout != null || headOnly)) {
            throw new UsageException("--thread-context reads the model's own concern; not with --readout or --concern-head-only");
        }
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Map.Entry<String, List<LabeledExample>> e : in.byName.entrySet()) {
            warnAboutClasses(e.getKey(), e.getValue());
            Evaluation r = ev.evaluate(e.getKey(), e.getValue());
            if (json) {
                arr.add(r.toJson());
            } else {
                System.out.print(r.toText());
            }
        }
        if (json) {
            System.out.println(ModelFolder.json().writeValueAsString(arr));
        }
        System.err.printf("pulse: evaluated on %d rows, %d skipped%s%s%n", in.all.size(), in.skipped,
                in.skipped > 0 ? " (named above): the figures leave them out" : "",
                in.badFiles > 0 ? "; " + in.badFiles + " file" + (in.badFiles == 1 ? "" : "s") + " could not be read" : "");
        return in.skipped > 0 || in.badFiles > 0 ? 1 : 0;
    }
}
