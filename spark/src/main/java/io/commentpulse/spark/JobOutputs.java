package io.commentpulse.spark;

import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.io.StagedFolder;
import io.commentpulse.report.Aggregator;
import io.commentpulse.report.BucketSize;
import io.commentpulse.report.HtmlReport;
import io.commentpulse.report.ReactionTables;
import io.commentpulse.report.ReportBuilder;
import io.commentpulse.report.TimeSpan;
import io.commentpulse.score.ThreadContext;
import io.commentpulse.score.ThreadedCsv;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.JavaRDD;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The driver's half of a job, the same for pages and for comment tables: the report's aggregates, built per
 * partition on the executors and merged here in input order; then the CSV files, streamed from the executors one
 * partition at a time in input order with the printer {@code pulse run} uses, and the report, all into a staging
 * folder that replaces the output folder only when everything was written.
 */
final class JobOutputs {
    /** What was written. */
    record Written(long comments, long unscoredRows, long badRows, Aggregator aggregate) {
    }

    private final List<String> header;
    private final boolean commentsFile;
    private final ZoneId zone;
    private final DataTimestamps.DateOrder order;
    private final BucketSize fixedBucket;
    private final double threshold;
    private final ThreadContext thread;

    /**
     * {@code header} names the cells of every row; {@code commentsFile} also writes comments.csv (the rows' first
     * columns, for pages); {@code fixedBucket} null means auto; {@code thread} (null: none) reads each comment's
     * concern in its thread, as {@code pulse run --thread-context} does; {@code order} reads ambiguous numeric dates
     * (03/04/2024), as {@code --date-order} does in {@code pulse run}.
     */
    JobOutputs(List<String> header, boolean commentsFile, ZoneId zone, DataTimestamps.DateOrder order,
               BucketSize fixedBucket, double threshold, ThreadContext thread) {
        this.header = List.copyOf(header);
        this.commentsFile = commentsFile;
        this.zone = zone;
        this.order = order;
        this.fixedBucket = fixedBucket;
        this.threshold = threshold;
        this.thread = thread;
    }

    /** The first pass: every page (without its rows), in input order, and the span of the comments' times. */
    PartialReport.Survey survey(JavaRDD<PageOutcome> pages) {
        PartialReport partial = new PartialReport(zone, order, header);
        List<PartialReport.Survey> parts = pages.mapPartitions(it -> List.of(partial.survey(it)).iterator()).collect();
        List<PageOutcome> heads = new java.util.ArrayList<>();
        TimeSpan span = new TimeSpan();
        for (PartialReport.Survey s : parts) {
            heads.addAll(s.pages());
            span = span.merge(s.span());
        }
        return new PartialReport.Survey(heads, span);
    }

    /**
     * The second and third passes ({@code pages} should be persisted): aggregates, then the files. {@code survey} is
     * what {@link #survey} found.
     */
    Written write(JavaRDD<PageOutcome> pages, PartialReport.Survey survey, Path out) throws IOException {
        PartialReport partial = new PartialReport(zone, order, header);
        BucketSize size = fixedBucket != null ? fixedBucket
                : survey.span().bucket(30);
        List<PageOutcome> known = survey.pages().stream().filter(PageOutcome::ok).toList();
        BucketSize chosen = size;
        double th = threshold;
        List<PartialReport.Part> parts = pages.mapPartitions(
                it -> List.of(partial.aggregate(it, chosen, th, 10)).iterator()).collect();
        Aggregator agg = new Aggregator(size, zone, threshold, 10);
        for (PageOutcome p : known) {
            DataTimestamps.Parsed published = DataTimestamps.parse(p.published(), zone, order);
            agg.addArticle(p.articleId(), p.title(), p.source(), published.value(), published.dateOnly());
        }
        long bad = 0;
        long unscored = 0;
        for (PartialReport.Part part : parts) {
            agg.merge(part.aggregate());
            bad += part.badRows();
            unscored += part.unscoredRows();
        }
        long comments;
        try (StagedFolder stage = StagedFolder.open(out)) {
            comments = csvs(pages.toLocalIterator(), stage.dir());
            if (thread == null) {
                ReactionTables.write(agg, stage.dir());
                HtmlReport.write(agg, stage.dir(), "scored.csv", 0, (int) unscored);   // as pulse report says it
            } else {
                // a comment's concern in its thread needs every comment of its article: the driver reads the written
                // file again, as pulse run does, and the report is built from what it wrote
                Path scored = stage.dir().resolve("scored.csv");
                ThreadedCsv.write(thread, scored, threshold, System.err);
                List<ReportBuilder.KnownArticle> articles = known.stream().map(p -> {
                    DataTimestamps.Parsed published = DataTimestamps.parse(p.published(), zone, order);
                    return new ReportBuilder.KnownArticle(p.articleId(), p.title(), p.source(), published.value(),
                            published.dateOnly());
                }).toList();
                agg = ReportBuilder.build(scored, stage.dir(), fixedBucket == null ? "auto" : fixedBucket.label(), zone,
                        threshold, articles, order, System.err).aggregate();
            }
            stage.commit();
        } catch (IOException e) {
            throw new IOException(out + ": the job could not write its outputs (" + e.getMessage()
                    + "); the previous run's files are unchanged", e);
        }
        return new Written(comments, unscored, bad, agg);
    }

    private long csvs(java.util.Iterator<PageOutcome> pages, Path dir) throws IOException {
        int commentCells = CommentCsv.HEADER.size();
        long n = 0;
        try (AtomicOutput sf = AtomicOutput.open(dir.resolve("scored.csv"));
             AtomicOutput cf = commentsFile ? AtomicOutput.open(dir.resolve("comments.csv")) : null;
             CSVPrinter scored = Csv.printer(sf.writer(), header.toArray(String[]::new));
             CSVPrinter comments = cf == null ? null : Csv.printer(cf.writer(), CommentCsv.HEADER.toArray(String[]::new))) {
            while (pages.hasNext()) {
                for (List<String> row : pages.next().rows()) {
                    scored.printRecord(row);
                    if (comments != null) {
                        comments.printRecord(row.subList(0, commentCells));
                    }
                    n++;
                }
            }
            scored.flush();
            sf.commit();
            if (cf != null) {
                comments.flush();
                cf.commit();
            }
        }
        return n;
    }
}
