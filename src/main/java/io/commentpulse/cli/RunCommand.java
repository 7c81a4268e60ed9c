package io.commentpulse.cli;

import io.commentpulse.extract.Article;
import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.StagedFolder;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.PageWalk;
import io.commentpulse.report.Aggregator;
import io.commentpulse.report.HtmlReport;
import io.commentpulse.report.ReportBuilder;
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

/** {@code pulse run}: extract → score → report in one pass, with a one-screen summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"The main job: extract comments from pages, score them and write the report, in one streaming pass.",
                "Writes DIR/comments.csv (from pages; a run on comment files removes an earlier one), DIR/scored.csv, "
                        + "DIR/reaction-by-time.csv, DIR/reaction-by-article.csv and DIR/report.html, then prints a "
                        + "summary. Exit 1 when some pages failed (the rest is still processed). A file named twice is "
                        + "read once; the previous DIR/report.html is never read as a page; a copy of a page read "
                        + "before counts once. When no page or comment can be read, "
                        + "DIR is left as it was."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Saved pages (HTML, MHTML, Safari Web Archive or plain text; their saved "
            + "frames read as part of them) or directories of them; or comment files (CSV with id and text columns, JSON Lines, a JSON array), scored and reported the same way.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    ModelOption model;

    @Mixin
    ZoneOption zone;

    @Option(names = "--bucket", defaultValue = "auto", paramLabel = "SIZE",
            description = "Report bucket: auto, 15m, hour, 6h or day (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--concern-threshold", paramLabel = "T",
            description = "Concerned means concern >= T (default: the model's own threshold, from its manifest, so "
                    + "that the report's share of concerned comments counts the comments the model calls concerned).")
    Double thresholdOption;

    @Mixin
    MaxPageOption maxPage;

    @Mixin
    CopiesOption copies;

    @Mixin
    ExplainOption explain;

    @Mixin
    CommentFileOptions json;

    @Mixin
    ThreadContextOption thread;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file; run writes a folder");
        }
        DataTimestamps.DateOrder dateOrder = json.dateOrder();   // (checked before anything is read or written)
        ExtractOptions options = maxPage.options(zone.zoneId());
        ModelFolder.Loaded m = model.load();
        double threshold = thresholdOption != null ? thresholdOption : m.concernThreshold();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UsageException("--concern-threshold must be between 0 and 1");
        }
        thread.check(m);
        Scorer scorer = Scorers.forModel(m);
        inputs = json.withExportFolders(inputs);
        List<Path> commentFiles = inputs.stream().filter(json::commentFile).toList();
        if (!commentFiles.isEmpty() && commentFiles.size() < inputs.size()) {
            throw new UsageException("give either pages or comment files (CSV, JSON), not both");
        }
        int fileFailures = 0;
        // its previous report is no page to read (--out inside the folder of pages); staging folders never are
        PageWalk walk = copies.apply(new PageWalk(new Extractor(options), System.err)
                .excluding(out.resolve(HtmlReport.FILE)));
        List<ReportBuilder.KnownArticle> articles = new ArrayList<>();
        Aggregator agg;
        long comments;
        // Every output is written into a staging folder and moved into place together at the end: a failed run (a
        // full disk, no readable input) leaves the previous run's files as they were.
        try (StagedFolder stage = StagedFolder.open(out)) {
            Path scoredFile = stage.dir().resolve("scored.csv");
            try {
                if (!commentFiles.isEmpty()) {
                    long[] count = {0};
                    fileFailures = new CommentFileScoring(scoredFile, Scorers.DEFAULT_BATCH, threshold, progress.show()).score(
                            commentFiles.stream().filter(p -> !json.converts(p)).toList(),
                            commentFiles.stream().filter(json::converts).toList(), json, zone.zoneId(), scorer, count);
                    comments = count[0];
                    if (comments < 0 || !Files.isRegularFile(scoredFile) || comments == 0 && fileFailures > 0) {
                        System.err.println("pulse: no comment could be read from the comment files; " + out
                                + " was not changed");
                        return 1;
                    }
                } else {
                    comments = PagePipeline.run(walk, inputs, scorer, threshold, scoredFile, stage.dir().resolve("comments.csv"),
                            progress.show(), r -> {
                                Article a = r.article();
                                articles.add(new ReportBuilder.KnownArticle(a.articleId(), a.title(), a.sourceFile(), a.published(),
                                        a.publishedDateOnly()));
                            });
                }
                if (comments < 0 || walk.pagesRead() == 0 && !walk.failures().isEmpty()) {
                    System.err.println("pulse: no page could be read; " + out + " was not changed");
                    return 1;
                }
                thread.apply(m, scoredFile, threshold);
                explain.apply(scorer, scoredFile, progress.show());
                try {
                    ReportBuilder.Built built = ReportBuilder.build(scoredFile, out.resolve("scored.csv"), stage.dir(),
                            bucket, zone.zoneId(), threshold, articles, dateOrder, System.err);
                    agg = built.aggregate();
                    fileFailures += built.problemRows();
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                // a run on comment files writes no comments.csv: an earlier run's goes, unless it is what this run read
                Path oldComments = out.resolve("comments.csv");
                boolean isInput = commentFiles.stream().anyMatch(p -> p.toAbsolutePath().normalize()
                        .equals(oldComments.toAbsolutePath().normalize()));
                stage.commit(isInput ? List.of() : List.of("comments.csv"));
            } catch (java.io.IOException | RuntimeException e) {
                Throwable io = e;
                while (io != null && !(io instanceof java.io.IOException)) {
                    io = io.getCause();
                }
                if (io == null || e instanceof UsageException) {
                    throw e;
                }
                String why = String.valueOf(io.getMessage());
                throw new java.io.IOException(out + ": the run could not write its outputs (" + why
                        + (why.contains("No space left") ? "; free space on that disk and run again" : "")
                        + "); the previous run's files are unchanged", io);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (commentFiles.isEmpty()) {
            System.out.printf(Locale.ROOT, "CommentPulse run: %d pages read, %d failed, %d comments (%.1f s)%n",
                    walk.pagesRead(), walk.failures().size(), comments, secs);
        } else {
            System.out.printf(Locale.ROOT, "CommentPulse run: %d comment files, %d problems%s, %d comments (%.1f s)%n",
                    commentFiles.size(), fileFailures, fileFailures > 0 ? " (named above)" : "", comments, secs);
        }
        for (PageWalk.Failure f : walk.failures()) {
            System.out.println("  failed: " + f.path() + ": " + f.reason());
        }
        io.commentpulse.report.RunSummary.print(System.out, agg);
        System.out.println("  report: " + out.resolve(HtmlReport.FILE));
        System.out.println("  tables: " + out.resolve("scored.csv") + ", " + out.resolve("reaction-by-time.csv") + ", "
                + out.resolve("reaction-by-article.csv"));
        return walk.failures().isEmpty() && fileFailures == 0 ? 0 : 1;
    }
}
