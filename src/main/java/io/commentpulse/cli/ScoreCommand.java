package io.commentpulse.cli;

import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.PageWalk;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
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

/** {@code pulse score}: sentiment and concern for every comment of pages or of a comments CSV. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score comments for sentiment and concern with a DL4J model and write CSV.",
                "INPUT is either saved pages / directories (run through extract first) or CSV files with at least "
                        + "id,text columns (or the comment_id,text columns that extract writes); other columns pass "
                        + "through and id becomes comment_id.",
                "Appended columns: sentiment,p_negative,p_neutral,p_positive,sentiment_score,concern,concerned "
                        + "(sentiment_score = p_positive - p_negative; concern is a probability in [0,1]; concerned is "
                        + "1 where concern is at or above the model's threshold, else 0). "
                        + "A row whose text is empty is kept, with those columns empty.",
                "Input columns named like an appended one (e.g. the sentiment and concern labels of a labeled CSV) are "
                        + "kept as input_sentiment, input_concern.",
                "Streams: memory stays flat whatever the input size. Exit 1 when some inputs failed."})
public final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages, directories of pages, comment CSVs, or "
            + "comments as JSON Lines (.jsonl, .ndjson) or a JSON array (.json).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Scored CSV to write (atomically).")
    Path out;

    @Mixin
    ModelOption model;

    @Mixin
    ZoneOption zone;

    @Option(names = "--batch", defaultValue = "4096", description = "Comments scored per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--concern-threshold", paramLabel = "T",
            description = "The concerned column is 1 where concern >= T (default: the model's own threshold, from its "
                    + "manifest, where pulse run counts a comment as concerned; pulse report and label-queue read it back).")
    Double thresholdOption;

    @Mixin
    CommentFileOptions json;

    @Mixin
    MaxPageOption maxPage;

    @Mixin
    CopiesOption copies;

    @Mixin
    ExplainOption explain;

    @Mixin
    ThreadContextOption thread;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        json.dateOrder();   // (checked before anything is read or written)
        inputs = json.withExportFolders(inputs);
        List<Path> jsons = inputs.stream().filter(json::converts).toList();
        List<Path> csvs = new ArrayList<>(inputs.stream().filter(p -> json.commentFile(p) && !json.converts(p)).toList());
        List<Path> pages = inputs.stream().filter(p -> !json.commentFile(p)).toList();
        if ((!csvs.isEmpty() || !jsons.isEmpty()) && !pages.isEmpty()) {
            throw new UsageException("give either pages or comment files (CSV, JSON), not both");
        }
        OutputFile.check(out, inputs);
        ExtractOptions options = maxPage.options(zone.zoneId());
        ModelFolder.Loaded m = model.load();
        thread.check(m);
        double threshold = thresholdOption != null ? thresholdOption : m.concernThreshold();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UsageException("--concern-threshold must be between 0 and 1, not " + threshold);
        }
        Scorer scorer = Scorers.forModel(m);
        int failed;
        long n;
        if (!csvs.isEmpty() || !jsons.isEmpty()) {
            long[] count = {0};
            failed = new CommentFileScoring(out, batch, threshold, progress.show()).score(csvs, jsons, json, zone.zoneId(), scorer, count);
            n = count[0];
        } else {
            PageWalk walk = copies.apply(new PageWalk(new Extractor(options), System.err).excluding(out));
            n = PagePipeline.run(walk, pages, scorer, threshold, out, null, progress.show(), r -> { });
            failed = walk.failures().size();
            if (n < 0) {
                System.err.println("pulse: no page could be read; " + out + " was not written"
                        + (Files.exists(out) ? " (the previous one is kept)" : ""));
                return 1;
            }
        }
        if (n < 0) {
            return 1;   // no comment file could be read: said above, nothing written
        }
        if (Files.isRegularFile(out)) {
            thread.apply(m, out, threshold);
            explain.apply(scorer, out, progress.show());
        }
        System.err.printf("pulse: %d comments scored -> %s%n", n, out);
        return failed == 0 ? 0 : 1;
    }}
