package io.commentpulse.spark;

import io.commentpulse.cli.ColumnOptions;
import io.commentpulse.report.BucketSize;
import io.commentpulse.report.HtmlReport;
import io.commentpulse.report.ReactionTables;
import io.commentpulse.report.RunSummary;
import io.commentpulse.score.ModelFolder;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse-spark run}: the main job, with extraction, scoring and aggregation done by Spark executors. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Extracts comments from pages, scores them and writes the report: the same files as 'pulse run' "
                + "(comments.csv, scored.csv, reaction-by-time.csv, reaction-by-article.csv, report.html), with the "
                + "pages extracted and scored in Spark tasks and the report's aggregates built per partition.",
                "Exit 1 when some pages failed (each is named; the rest is still processed), 2 on a usage error."})
public final class SparkRunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Saved pages (.html, .htm, .txt) or directory "
            + "trees of them: local paths or shared storage every executor sees, or Hadoop URIs (hdfs://, s3a://). "
            + "Or comment tables that already exist: CSV, TSV or Parquet files with id (or comment_id) and text "
            + "columns, scored and reported as 'pulse run' does with a comments CSV.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Output folder on the driver; replaced as a whole only when the job succeeds.")
    Path out;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: models/default beside the "
            + "project, or $PULSE_MODEL). It is shipped to every executor with the job and checked there.")
    Path model;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not started by spark-submit "
            + "(default: local[*], embedded in this JVM); e.g. local[2] or spark://host:7077.")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the page list (default: about 50 "
            + "pages each, and at least three per core Spark reports at start-up; comment tables keep Spark's own splits, "
            + "so that their rows stay in order).")
    Integer partitions;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Zone for times shown without one, and of the report's buckets (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--bucket", defaultValue = "auto", paramLabel = "SIZE",
            description = "Report bucket: auto, 15m, hour, 6h or day (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(names = "--concern-threshold", paramLabel = "T",
            description = "Concerned means concern >= T (default: the model's own threshold, from its manifest).")
    Double threshold;

    @Option(names = "--thread-context", description = "Read each comment's concern in its thread, as `pulse run "
            + "--thread-context` does (concern moved by the other comments of its article; concern_alone keeps the "
            + "text-alone reading): the driver reads the written scored.csv again and builds the report from it. "
            + "Needs a model calibrated with --thread-context (the default is).")
    boolean threadContext;

    @Option(names = "--keep-copies", description = "Read every page as it is. By default, as pulse run does, a page "
            + "whose comments were all read before, or most of whose comments have the texts of comments read before "
            + "(the saved page and a text copy of it, or the page saved again), is a copy: the comments already read "
            + "are left out (decided on the driver, pages in input order), its new ones kept, with a warning.")
    boolean keepCopies;

    @Mixin
    ColumnOptions columns;

    @Option(names = "--max-page-mb", defaultValue = "32", paramLabel = "MB",
            description = "Skip pages larger than this many MiB (default: ${DEFAULT-VALUE}).")
    double maxPageMb;

    @Option(names = {"-v", "--verbose"}, description = "Spark's own INFO logs, and a line per model load.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ZoneId z;
        try {
            z = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--zone: unknown zone '" + zone + "'");
        }
        io.commentpulse.extract.DataTimestamps.DateOrder order;
        try {
            order = columns.dateOrder();
        } catch (io.commentpulse.cli.UsageException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file; run writes a folder");
        }
        if (!(maxPageMb > 0)) {
            throw new IllegalArgumentException("--max-page-mb must be more than 0");
        }
        Path modelDir = (model != null ? model : defaultModel()).toAbsolutePath().normalize();
        if (!Files.isDirectory(modelDir)) {
            throw new IllegalArgumentException("model folder not found: " + modelDir + " (use --model DIR)");
        }
        com.fasterxml.jackson.databind.JsonNode manifest = ModelFolder.manifest(modelDir);
        if (io.commentpulse.score.EncoderModel.is(manifest) || io.commentpulse.score.CombinedModel.is(manifest)) {
            throw new IllegalArgumentException(modelDir + " is an encoder model or a combination with one (pulse "
                    + "train-heads, pulse combine): it runs with pulse, not on Spark, whose application jar leaves the encoder out");
        }
        io.commentpulse.score.ThreadContext thread = !threadContext ? null
                : io.commentpulse.score.ThreadContext.of(manifest).orElseThrow(() -> new IllegalArgumentException(modelDir
                        + " has no thread context; calibrate it with `pulse calibrate --thread-context`"));
        double t = threshold != null ? threshold : manifest.path("concern_threshold").asDouble(0.5);
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("--concern-threshold must be between 0 and 1");
        }
        BucketSize fixed = bucket.equals("auto") ? null : BucketSize.parse(bucket);
        if (!bucket.equals("auto") && fixed == null) {
            throw new IllegalArgumentException("--bucket: use auto, 15m, hour, 6h or day (not '" + bucket + "')");
        }
        List<String> failures = new ArrayList<>();
        long tables = inputs.stream().filter(CommentTables::isTable).count();
        if (tables > 0 && tables < inputs.size()) {
            throw new IllegalArgumentException("give either pages or comment tables (CSV, TSV, Parquet), not both");
        }
        List<PageRef> refs = tables > 0 ? List.of() : PageList.of(inputs, failures, !keepCopies);
        for (String f : failures) {
            System.err.println("pulse-spark: " + f);
        }
        if (tables == 0 && refs.isEmpty()) {
            System.err.println("pulse-spark: no pages to read; " + out + " was not changed");
            return 1;
        }

        SparkSession spark = Sessions.open(master, verbose);
        Path scratch = Files.createTempDirectory("pulse-spark-");
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            String shipped = ModelShipping.ship(jsc, modelDir, scratch);
            boolean announce = verbose || !Sessions.local(spark);
            JavaRDD<PageOutcome> pages;
            List<String> header;
            int parts;
            CommentTables.Read tablesRead = null;
            if (tables > 0) {
                CommentTables.Read read = CommentTables.read(spark, inputs, z, columns.given(), order, failures);
                tablesRead = read;
                failures.forEach(f -> System.err.println("pulse-spark: " + f));
                if (read == null) {
                    System.err.println("pulse-spark: no comment table could be read; " + out + " was not changed");
                    return 1;
                }
                // --partitions is for pages: merging a table's partitions could change its row order
                JavaRDD<org.apache.spark.sql.Row> rows = read.rows().javaRDD();
                pages = rows.mapPartitions(new TableScoring(read.inputColumns().size(), read.textColumn(), shipped,
                        modelDir.toString(), announce, t));
                header = read.scoredHeader();
                parts = rows.getNumPartitions();
            } else {
                parts = partitions != null ? Math.max(1, partitions)
                        : Math.max(1, Math.min(refs.size(), Math.max(3 * jsc.defaultParallelism(), refs.size() / 50)));
                pages = jsc.parallelize(refs, parts).mapPartitions(new PageScoring(z,
                        (long) (maxPageMb * 1024 * 1024), shipped, modelDir.toString(), announce, t));
                header = PartialReport.SCORED_HEADER;
            }
            // kept as objects (no serialisation cost) while memory lasts, else on local disk; read three times
            pages = pages.persist(StorageLevel.MEMORY_AND_DISK());
            JobOutputs outputs = new JobOutputs(header, tables == 0, z, order, fixed, t, thread);
            PartialReport.Survey survey = outputs.survey(pages);
            if (tables == 0 && !keepCopies) {
                JavaRDD<PageOutcome> all = pages;
                pages = Copies.leaveOut(pages, survey);
                if (pages != all) {
                    survey = outputs.survey(pages);   // the span of the comments kept
                    all.unpersist(false);              // what is kept is persisted now
                }
            }
            List<PageOutcome> heads = survey.pages();
            List<PageOutcome> read = heads.stream().filter(PageOutcome::ok).toList();
            if (tables == 0 && read.isEmpty()) {
                heads.forEach(p -> System.err.println("pulse-spark: " + p.path() + ": " + p.failure()));
                System.err.println("pulse-spark: no page could be read; " + out + " was not changed");
                return 1;
            }
            JobOutputs.Written w = outputs.write(pages, survey, out);
            pages.unpersist(false);
            int failed = failures.size();
            long skippedRows = tablesRead == null ? 0 : tablesRead.ragged().print(System.err);
            for (PageOutcome p : heads) {
                p.warnings().forEach(x -> System.err.println("pulse-spark: " + p.path() + ": warning: " + x));
                if (!p.ok()) {
                    failed++;
                    System.err.println("pulse-spark: " + p.path() + ": " + p.failure());
                }
            }
            if (w.unscoredRows() > 0) {
                System.err.printf("pulse-spark: %d rows without a score (empty text) left out of the report%n", w.unscoredRows());
            }
            if (w.badRows() > 0) {
                System.err.printf("pulse-spark: %d rows the report could not read were left out of it%n", w.badRows());
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            if (tables > 0) {
                System.out.printf(Locale.ROOT, "CommentPulse on Spark (%s, %d partitions): %d comment tables, %d with "
                        + "problems, %d comments%s (%.1f s)%n", spark.sparkContext().master(), parts, tables, failed,
                        w.comments(), skippedRows > 0 ? ", " + skippedRows + " rows skipped" : "", secs);
            } else {
                System.out.printf(Locale.ROOT, "CommentPulse on Spark (%s, %d partitions): %d pages read, %d failed, "
                        + "%d comments (%.1f s)%n", spark.sparkContext().master(), parts, read.size(), failed,
                        w.comments(), secs);
            }
            failures.forEach(f -> System.out.println("  failed: " + f));
            heads.stream().filter(p -> !p.ok()).forEach(p -> System.out.println("  failed: " + p.path() + ": " + p.failure()));
            RunSummary.print(System.out, w.aggregate());
            System.out.println("  report: " + out.resolve(HtmlReport.FILE));
            System.out.println("  tables: " + out.resolve("scored.csv") + (tables == 0 ? ", " + out.resolve("comments.csv") : "")
                    + ", " + out.resolve(ReactionTables.BY_TIME) + ", " + out.resolve(ReactionTables.BY_ARTICLE));
            return failed == 0 && skippedRows == 0 ? 0 : 1;
        } finally {
            spark.stop();
            io.commentpulse.io.FileTrees.delete(scratch);
        }
    }

    /** models/default beside the project (spark/ sits in it), or $PULSE_MODEL. */
    static Path defaultModel() {
        String env = System.getenv("PULSE_MODEL");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("pulse.home", ".")).resolve("models").resolve("default");
    }

}
