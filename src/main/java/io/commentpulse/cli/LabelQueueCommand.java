package io.commentpulse.cli;

import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.model.LabelQueue;
import io.commentpulse.score.ScoreColumns;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse label-queue}: the comments most worth labeling, as a canonical labeled CSV to fill in. */
@Command(name = "label-queue", mixinStandardHelpOptions = true,
        description = {"Pick the comments whose labels would teach the model most: uncertain sentiment (high entropy) "
                + "or concern near the threshold, skipping near-duplicates of comments already picked.",
                "Writes a canonical labeled CSV (id,text,sentiment,concern) with sentiment and concern left empty to fill "
                        + "in a spreadsheet, plus the model's current guess in model_* columns and the uncertainty."})
public final class LabelQueueCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "SCORED.csv", description = "CSV written by 'pulse score' or 'pulse run'.")
    Path scored;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The queue to write (atomically).")
    Path out;

    @Option(names = "--n", defaultValue = "200", description = "How many comments to pick (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--concern-threshold", paramLabel = "T", description = "The concern threshold whose near side "
            + "is uncertain (default: the cut-off of the file's concerned column, which its rows bound: the default "
            + "model's threshold where it lies within, else the lowest concern called concerned; for a file without "
            + "the column, the default model's own; 0.5 without a default model).")
    Double threshold;

    @Option(names = "--max-similarity", defaultValue = "0.5",
            description = "Skip a comment whose word-bigram Jaccard similarity to a picked one exceeds this (default: ${DEFAULT-VALUE}).")
    double maxSimilarity;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out, java.util.List.of(scored));
        if (n < 1) {
            throw new UsageException("--n must be at least 1, not " + n);
        }
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new UsageException("--concern-threshold must be between 0 and 1, not " + threshold);
        }
        if (!(maxSimilarity >= 0 && maxSimilarity <= 1)) {
            throw new UsageException("--max-similarity must be between 0 and 1, not " + maxSimilarity);
        }
        if (!Files.isRegularFile(scored)) {
            throw new UsageException(scored + ": no such file");
        }
        if (threshold == null) {
            threshold = ModelOption.scoredWith(scored);
        }
        List<LabelQueue.Candidate> all = new ArrayList<>();
        int bad = 0;
        int unscored = 0;
        try (CSVParser p = Csv.parse(scored)) {
            for (String c : List.of("comment_id", "text", "p_negative", "p_neutral", "p_positive", "concern")) {
                if (!p.getHeaderMap().containsKey(c)) {
                    throw new UsageException(scored + ": not a scored CSV (missing column '" + c + "')");
                }
            }
            for (CSVRecord rec : p) {
                if (rec.isConsistent() && ScoreColumns.unscored(c -> rec.isMapped(c) ? rec.get(c) : "")) {
                    unscored++; // empty text, which score leaves unscored: nothing to ask a labeler about
                    continue;
                }
                try {
                    all.add(new LabelQueue.Candidate(Csv.unsafe(rec.get("comment_id")), Csv.unsafe(rec.get("text")),
                            Csv.number(rec.get("p_negative")), Csv.number(rec.get("p_neutral")),
                            Csv.number(rec.get("p_positive")), Csv.number(rec.get("concern"))));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    bad++;
                    System.err.printf("pulse: %s: row %d: %s; skipped%n", scored, rec.getRecordNumber() + 1, e.getMessage());
                }
            }
        }
        List<LabelQueue.Pick> picks = new LabelQueue(threshold, maxSimilarity).select(all, n);
        try (AtomicOutput file = AtomicOutput.open(out);
             CSVPrinter csv = Csv.printer(file.writer(), "id", "text", "sentiment", "concern", "model_sentiment",
                     "model_p_negative", "model_p_neutral", "model_p_positive", "model_concern", "uncertainty")) {
            for (LabelQueue.Pick pick : picks) {
                LabelQueue.Candidate c = pick.candidate();
                String guess = c.pNegative() >= c.pNeutral() && c.pNegative() >= c.pPositive() ? "negative"
                        : c.pPositive() > c.pNeutral() ? "positive" : "neutral";
                csv.printRecord(Csv.safe(c.id()), Csv.safe(c.text()), "", "", guess, f(c.pNegative()), f(c.pNeutral()),
                        f(c.pPositive()), f(c.concern()), f(pick.uncertainty()));
            }
            csv.flush();
            file.commit();
        }
        if (unscored > 0) {
            System.err.printf("pulse: %s: %d rows without a score (empty text) left out%n", scored, unscored);
        }
        System.err.printf("pulse: picked %d of %d comments -> %s (fill in sentiment: negative/neutral/positive, concern: 1/0)%n",
                picks.size(), all.size(), out);
        return bad == 0 ? 0 : 1;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
