package io.commentpulse.report;

import io.commentpulse.extract.DataTimestamps;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the report from a scored CSV in two streaming passes: the first finds the time span (for {@code auto}
 * buckets), the second aggregates. Extra articles (pages without comments) can be registered so they still show.
 */
public final class ReportBuilder {
    /**
     * An article known from extraction, listed even when it has no comments; {@code publishedDateOnly}: the page gives
     * the publication date alone.
     */
    public record KnownArticle(String id, String title, String source, OffsetDateTime published,
                               boolean publishedDateOnly) {
    }

    /** What a build aggregated, and how many rows of the scored CSV had a problem (skipped, or kept undated; each named on {@code err}). */
    public record Built(Aggregator aggregate, int problemRows) {
    }

    private ReportBuilder() {
    }

    /** Aggregates the scored CSV and writes the CSV tables and report.html into {@code dir}. */
    public static Built build(Path scored, Path dir, String bucket, ZoneId zone, double threshold,
                                   List<KnownArticle> known, PrintStream err) throws IOException {
        return build(scored, dir, bucket, zone, threshold, known, DataTimestamps.DateOrder.MDY, err);
    }

    /** As above; ambiguous numeric dates in the CSV ("03/04/2024") are read in {@code order}. */
    public static Built build(Path scored, Path dir, String bucket, ZoneId zone, double threshold,
                              List<KnownArticle> known, DataTimestamps.DateOrder order, PrintStream err) throws IOException {
        return build(scored, scored, dir, bucket, zone, threshold, known, order, err);
    }

    /** As above, naming the scored CSV {@code shownAs} in messages (the place it is moved to after a staged run). */
    public static Built build(Path scored, Path shownAs, Path dir, String bucket, ZoneId zone, double threshold,
                              List<KnownArticle> known, DataTimestamps.DateOrder order, PrintStream err) throws IOException {
        BucketSize size;
        if (bucket == null || bucket.equals("auto")) {
            TimeSpan span = new TimeSpan();
            ScoredCsvReader.read(scored, zone, order, new PrintStream(PrintStream.nullOutputStream()), span::add);
            size = span.bucket(30);
        } else {
            size = BucketSize.parse(bucket);
            if (size == null) {
                throw new IllegalArgumentException("--bucket: use auto, 15m, hour, 6h or day (not '" + bucket + "')");
            }
        }
        Aggregator agg = new Aggregator(size, zone, threshold, 10);
        for (KnownArticle a : known) {
            agg.addArticle(a.id(), a.title(), a.source(), a.published(), a.publishedDateOnly());
        }
        int[] leftOut = new int[2];
        int problems = ScoredCsvReader.read(scored, shownAs.toString(), zone, order, err, agg::add, leftOut);
        Files.createDirectories(dir);
        ReactionTables.write(agg, dir);
        HtmlReport.write(agg, dir, shownAs.getFileName().toString(), leftOut[0], leftOut[1]);
        return new Built(agg, problems);
    }

    public static List<KnownArticle> none() {
        return new ArrayList<>();
    }
}
