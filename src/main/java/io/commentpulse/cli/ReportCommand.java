package io.commentpulse.cli;

import io.commentpulse.report.Aggregator;
import io.commentpulse.report.HtmlReport;
import io.commentpulse.report.ReactionTables;
import io.commentpulse.report.ReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pulse report}: reaction over time and by article from a scored CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Aggregate a scored CSV (from 'pulse score') by time bucket and by article.",
                "Writes DIR/" + ReactionTables.BY_TIME + ", DIR/" + ReactionTables.BY_ARTICLE + " and DIR/" + HtmlReport.FILE
                        + " (self-contained: inline SVG charts, no network, no JavaScript). Comments without a timestamp "
                        + "are counted in an 'undated' row; empty buckets between the first and last comment are listed with 0.",
                "A row that cannot be read is named on stderr and skipped. Exit codes: 0 every row read, 1 some rows "
                        + "skipped, 2 usage error."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "SCORED.csv", description = "CSV written by 'pulse score' or 'pulse run'.")
    Path scored;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the report files.")
    Path out;

    @Option(names = "--bucket", defaultValue = "auto", paramLabel = "SIZE",
            description = "Time bucket: auto, 15m, hour, 6h or day (default: ${DEFAULT-VALUE}: the smallest giving at most 30 points).")
    String bucket;

    @Option(names = "--concern-threshold", paramLabel = "T",
            description = "A comment counts as concerned when concern >= T (default: the cut-off of the file's "
                    + "concerned column, so the comments the model that scored it called concerned, whichever model "
                    + "that was; the rows bound it, and the default model's threshold is taken where it lies within; "
                    + "for a file without the column, the default model's own, as pulse run counts; 0.5 without a "
                    + "default model).")
    Double threshold;

    @Mixin
    DateOrderOption dateOrder;

    @Mixin
    ZoneOption zone;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(scored)) {
            throw new UsageException(scored + ": no such file");
        }
        if (threshold == null) {
            threshold = ModelOption.scoredWith(scored);
        }
        if (threshold < 0 || threshold > 1) {
            throw new UsageException("--concern-threshold must be between 0 and 1");
        }
        ReportBuilder.Built built;
        try {
            built = ReportBuilder.build(scored, out, bucket, zone.zoneId(), threshold, ReportBuilder.none(), dateOrder.order(),
                    System.err);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Aggregator agg = built.aggregate();
        System.err.printf("pulse: %d comments, %d articles, %s buckets -> %s%s%n", agg.all().total().comments(),
                agg.articles().size(), agg.bucket().label(), out.resolve(HtmlReport.FILE),
                built.problemRows() == 0 ? "" : " (" + built.problemRows() + " rows with problems, named above)");
        return built.problemRows() == 0 ? 0 : 1;
    }
}
