package io.commentpulse.cli;

import io.commentpulse.io.Progress;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.SoftTargets;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse soften}: a teacher model's probabilities become a labeled file's training targets. */
@Command(name = "soften", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Knowledge distillation with soft targets: a teacher model (any model folder: a network, an "
                + "encoder, a combination such as models/news-plus) scores every row of a labeled CSV, and the row's "
                + "training targets become a blend of its own labels and the teacher's probabilities:",
                "  target = (1 - weight) * label + weight * teacher.",
                "A label the row lacks is taken from the teacher whole (unless --only-labeled). The hard labels stay "
                        + "in the file, so `pulse evaluate` still reads them; `pulse train --data` trains on the "
                        + "soft_concern / soft_negative / soft_neutral / soft_positive columns written here.",
                "Teach on training files only: a dev or test file given soft targets is no longer a fair measure."})
public final class SoftenCommand implements Callable<Integer> {
    @Option(names = "--teacher", required = true, paramLabel = "DIR", description = "The teacher's model folder.")
    Path teacher;

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Labeled CSV to soften.")
    Path data;

    @Option(names = "--weight", defaultValue = "0.5", description = "The teacher's share of each target where the "
            + "row has its own label, 0 (labels only) to 1 (teacher only) (default: ${DEFAULT-VALUE}).")
    double weight;

    @Option(names = "--only-labeled", description = "Give targets only for the labels a row has; a missing sentiment "
            + "or concern stays missing.")
    boolean onlyLabeled;

    @Option(names = "--no-sentiment", description = "Soften concern only; sentiment keeps its hard label.")
    boolean noSentiment;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "CSV", description = "Labeled CSV to write "
            + "(atomically): the input's usable rows (id, text, labels, intensity, emotions) plus the soft targets.")
    Path out;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    private static final int CHUNK = 256;

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out, java.util.List.of(data));
        if (weight < 0 || weight > 1 || Double.isNaN(weight)) {
            throw new UsageException("--weight must be between 0 and 1, not " + weight);
        }
        if (!Files.isDirectory(teacher)) {
            throw new UsageException("model folder not found: " + teacher);
        }
        LabeledInputs in = LabeledInputs.read(List.of(data), true);
        Scorer scorer = Scorers.forModel(ModelFolder.load(teacher));
        List<LabeledExample> rows = in.all;
        List<Score> scores = new ArrayList<>(rows.size());
        Progress bar = new Progress("soften", rows.size(), progress.show());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<String> texts = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                    .map(LabeledExample::text).toList();
            scores.addAll(scorer.score(texts));
            bar.update(scores.size(), "");
        }
        List<LabeledExample> softened = new ArrayList<>(rows.size());
        double sumConcern = 0;
        int nConcern = 0;
        int withTargets = 0;
        for (int i = 0; i < rows.size(); i++) {
            SoftTargets t = targets(rows.get(i), scores.get(i));
            softened.add(rows.get(i).withSoft(t.isEmpty() ? null : t));
            withTargets += t.isEmpty() ? 0 : 1;
            if (t.hasConcern()) {
                sumConcern += t.concern();
                nConcern++;
            }
        }
        LabeledCsv.write(out, softened, rows.stream().anyMatch(r -> !Double.isNaN(r.intensity())));
        System.err.printf(Locale.ROOT, "pulse: %d of %d rows given targets by %s (weight %.2f), mean concern target %s -> %s%n",
                withTargets, rows.size(), teacher, weight,
                nConcern == 0 ? "none" : String.format(Locale.ROOT, "%.3f", sumConcern / nConcern), out);
        return in.skipped > 0 ? 1 : 0;
    }

    /** The blended targets of one row. */
    SoftTargets targets(LabeledExample r, Score s) {
        double concern = Double.NaN;
        if (r.concern() != null) {
            concern = (1 - weight) * r.concern() + weight * s.concern();
        } else if (!onlyLabeled) {
            concern = s.concern();
        }
        double[] p = {Double.NaN, Double.NaN, Double.NaN};
        if (!noSentiment && (r.sentiment() != null || !onlyLabeled)) {
            double sum = s.pNegative() + s.pNeutral() + s.pPositive();
            double[] teacherP = {s.pNegative() / sum, s.pNeutral() / sum, s.pPositive() / sum};
            for (int k = 0; k < 3; k++) {
                p[k] = r.sentiment() == null ? teacherP[k]
                        : (1 - weight) * (r.sentiment().ordinal() == k ? 1 : 0) + weight * teacherP[k];
            }
        }
        return new SoftTargets(concern, p[0], p[1], p[2]);
    }
}
