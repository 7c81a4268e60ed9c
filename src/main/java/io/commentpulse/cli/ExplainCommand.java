package io.commentpulse.cli;

import io.commentpulse.explain.Attribution;
import io.commentpulse.explain.DeletionCurve;
import io.commentpulse.explain.ExplainedCsv;
import io.commentpulse.explain.Explanation;
import io.commentpulse.explain.OcclusionExplainer;
import io.commentpulse.io.Csv;
import io.commentpulse.io.Progress;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse explain}: the words behind a comment's concern and sentiment. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show which words moved a comment's concern and sentiment: each word, and each pair of "
                + "neighbouring words, is taken out and the comment scored again (occlusion); a word's weight is "
                + "how much the score drops without it (concern 0…1; sentiment score p_positive − p_negative, −1…1).",
                "  pulse explain \"this is some scary stuff\"",
                "  pulse explain scored.csv --out explained.csv     (adds concern_because, sentiment_because)",
                "  pulse explain --deletion-curve news-dev.csv      (faithfulness: top-k words against k random words)"})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TEXT|CSV", description = "A comment's text (several words are joined), "
            + "or CSV files with a text column (with --out or --deletion-curve).")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "CSV", description = "Write the input CSV's rows with two more "
            + "columns, concern_because and sentiment_because, e.g. \"scary(+0.41) serious(+0.22)\" (atomically).")
    Path out;

    @Option(names = "--top", defaultValue = "3", description = "Spans shown per score (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--deletion-curve", description = "Print the deletion curve over the CSVs' texts instead: the "
            + "mean drop in concern when the k words named as raising it are taken out, beside k random words.")
    boolean deletionCurve;

    @Option(names = "--max-k", defaultValue = "5", description = "Largest k of the deletion curve (default: ${DEFAULT-VALUE}).")
    int maxK;

    @Option(names = "--only-concerned", paramLabel = "P", defaultValue = "0", description = "Deletion curve over the "
            + "texts scored at this concern or more only (default: ${DEFAULT-VALUE}, all).")
    double onlyConcerned;

    @Mixin
    ModelOption model;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || maxK < 1) {
            throw new UsageException("--top and --max-k must be at least 1");
        }
        boolean files = inputs.stream().allMatch(s -> s.endsWith(".csv") || Files.isRegularFile(Path.of(s)));
        if ((out != null || deletionCurve) && !files) {
            List<String> missing = inputs.stream().filter(x -> !Files.isRegularFile(Path.of(x))).toList();
            throw new UsageException("--out and --deletion-curve take CSV files with a text column"
                    + (missing.isEmpty() ? "" : "; no such file: " + String.join(", ", missing)));
        }
        if (out == null && !deletionCurve && inputs.size() == 1 && Files.isRegularFile(Path.of(inputs.get(0)))) {
            throw new UsageException(inputs.get(0) + " is a file: give --out FILE to explain its comments (a text "
                    + "to explain that is also a file name needs quoting with other words)");
        }
        if (out != null) {
            OutputFile.check(out, inputs.stream().map(Path::of).toList());
        }
        Scorer scorer = Scorers.forModel(model.load());
        if (deletionCurve) {
            return curve(scorer);
        }
        if (out != null) {
            return explainCsv(scorer);
        }
        String text = String.join(" ", inputs);
        Explanation e = new OcclusionExplainer(scorer, top).explain(List.of(text)).get(0);
        System.out.printf(Locale.ROOT, "concern %.2f because: %s%n", e.score().concern(), describe(e.concern()));
        System.out.printf(Locale.ROOT, "sentiment %s (score %+.2f) because: %s%n", e.score().sentiment().label(),
                e.score().sentimentScore(), describe(e.sentiment()));
        return 0;
    }

    private static String describe(List<Attribution> spans) {
        return spans.isEmpty() ? "(no word moves it by 0.01 or more)" : Explanation.because(spans);
    }

    private int explainCsv(Scorer scorer) throws IOException {
        Progress bar = new Progress("explaining", 0, progress.show());
        ExplainedCsv.Result r = ExplainedCsv.write(new OcclusionExplainer(scorer, top),
                inputs.stream().map(Path::of).toList(), out, System.err, n -> bar.update(n, ""));
        if (!r.written()) {
            System.err.println("pulse: no input could be read; " + out + " was not written");
            return 1;
        }
        System.err.printf("pulse: %d comments explained -> %s%n", r.rows(), out);
        return r.failed() > 0 ? 1 : 0;
    }

    private int curve(Scorer scorer) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String in : inputs) {
            try (CSVParser parser = Csv.parse(Path.of(in))) {
                for (CSVRecord r : parser) {
                    if (r.isMapped("text") && !r.get("text").isBlank()) {
                        texts.add(r.get("text"));
                    }
                }
            }
        }
        if (onlyConcerned > 0) {
            List<String> kept = new ArrayList<>();
            var scores = scorer.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                if (scores.get(i).concern() >= onlyConcerned) {
                    kept.add(texts.get(i));
                }
            }
            texts = kept;
        }
        List<DeletionCurve.Point> points = new DeletionCurve(scorer, 42).measure(texts, maxK);
        System.out.printf("deletion curve over %d texts: mean concern drop when k words are taken out%n", texts.size());
        System.out.printf("%3s %12s %12s %7s %6s%n", "k", "explained", "random", "ratio", "texts");
        for (DeletionCurve.Point p : points) {
            System.out.printf(Locale.ROOT, "%3d %12.4f %12.4f %7.1f %6d%n", p.k(), p.explainedDrop(), p.randomDrop(),
                    p.randomDrop() == 0 ? Double.NaN : p.explainedDrop() / p.randomDrop(), p.texts());
        }
        return 0;
    }
}
