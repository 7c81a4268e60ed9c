package io.commentpulse.report;

import io.commentpulse.extract.CommentCsv;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code reaction-by-time.csv} and {@code reaction-by-article.csv}. Hours since publication are counted only
 * between times of day; where the page gives the publication (or a comment) as a date alone, the days column still
 * counts calendar days, and comments dated by day alone have a {@code date-only} row per day when buckets are shorter.
 */
public final class ReactionTables {
    public static final String BY_TIME = "reaction-by-time.csv";
    public static final String BY_ARTICLE = "reaction-by-article.csv";

    private ReactionTables() {
    }

    public static void write(Aggregator agg, Path dir) throws IOException {
        writeByTime(agg, dir.resolve(BY_TIME));
        writeByArticle(agg, dir.resolve(BY_ARTICLE));
    }

    private static void writeByTime(Aggregator agg, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file);
             CSVPrinter csv = Csv.printer(out.writer(), "article_id", "article_title", "bucket", "bucket_start",
                     "hours_since_published", "comments", "mean_sentiment_score", "share_negative", "share_neutral",
                     "share_positive", "mean_concern", "share_concerned", "cumulative_comments", "days_since_published")) {
            List<ArticleSummary> series = new ArrayList<>(agg.articles());
            series.add(agg.all());
            for (ArticleSummary a : series) {
                long cumulative = 0;
                // a day's date-only row follows that day's last bucket, so the running count is right at the end of each day
                java.util.Iterator<Map.Entry<ZonedDateTime, Tally>> dayRows = a.dateOnly().entrySet().iterator();
                Map.Entry<ZonedDateTime, Tally> day = dayRows.hasNext() ? dayRows.next() : null;
                for (Map.Entry<ZonedDateTime, Tally> e : agg.filled(a).entrySet()) {
                    for (; day != null && !day.getKey().plusDays(1).isAfter(e.getKey()); day = dayRows.hasNext() ? dayRows.next() : null) {
                        cumulative += day.getValue().comments();
                        csv.printRecord(dateOnlyRow(agg, a, day, cumulative));
                    }
                    Tally t = e.getValue();
                    cumulative += t.comments();
                    String since = !a.publishedAtKnownTime() ? ""
                            : num(Duration.between(a.published(), e.getKey().toOffsetDateTime()).toMinutes() / 60.0);
                    csv.printRecord(row(a, agg.bucket().label(), e.getKey().toOffsetDateTime().toString(), since, t,
                            cumulative, days(agg, a, e.getKey())));
                }
                for (; day != null; day = dayRows.hasNext() ? dayRows.next() : null) {
                    cumulative += day.getValue().comments();
                    csv.printRecord(dateOnlyRow(agg, a, day, cumulative));
                }
                if (a.undated().comments() > 0) {
                    cumulative += a.undated().comments();
                    csv.printRecord(row(a, "undated", "", "", a.undated(), cumulative, ""));
                }
            }
            csv.flush();
            out.commit();
        }
    }

    /** The bucket label of the rows that count, per day, the comments that give their date alone. */
    public static final String DATE_ONLY = "date-only";

    /** Calendar days from {@code a}'s publication date to the day {@code bucket} starts on, or "" when unpublished. */
    private static String days(Aggregator agg, ArticleSummary a, ZonedDateTime bucket) {
        return a.published() == null ? ""
                : Long.toString(ChronoUnit.DAYS.between(agg.day(a.published(), a.publishedDateOnly()), bucket.toLocalDate()));
    }

    /** The row of the comments dated {@code day} alone; its {@code bucket_start} is the date. */
    private static List<String> dateOnlyRow(Aggregator agg, ArticleSummary a, Map.Entry<ZonedDateTime, Tally> day,
                                            long cumulative) {
        return row(a, DATE_ONLY, day.getKey().toLocalDate().toString(), "", day.getValue(), cumulative,
                days(agg, a, day.getKey()));
    }

    private static List<String> row(ArticleSummary a, String bucket, String start, String since, Tally t, long cumulative,
                                    String days) {
        return List.of(Csv.safe(a.articleId()), Csv.safe(a.title()), bucket, start, since, Long.toString(t.comments()),
                num(t.meanSentiment()), num(t.shareNegative()), num(t.shareNeutral()), num(t.sharePositive()),
                num(t.meanConcern()), num(t.shareConcerned()), Long.toString(cumulative), days);
    }

    private static void writeByArticle(Aggregator agg, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file);
             CSVPrinter csv = Csv.printer(out.writer(), "article_id", "article_title", "source_file", "article_published",
                     "comments", "undated_comments", "first_comment", "last_comment", "median_hours_after_published",
                     "mean_sentiment_score", "mean_concern", "share_concerned", "most_concerned_id", "most_concerned_text",
                     "most_negative_id", "most_negative_text", "most_positive_id", "most_positive_text",
                     "median_days_after_published")) {
            for (ArticleSummary a : agg.articles()) {
                Tally t = a.total();
                csv.printRecord(Csv.safe(a.articleId()), Csv.safe(a.title()), Csv.safe(a.sourceFile),
                        CommentCsv.iso(a.published(), a.publishedDateOnly()), t.comments(), a.undated().comments(),
                        CommentCsv.iso(a.first, a.firstDateOnly), CommentCsv.iso(a.last, a.lastDateOnly),
                        num(a.medianDelayHours()), num(t.meanSentiment()), num(t.meanConcern()), num(t.shareConcerned()),
                        id(a.mostConcerned), text(a.mostConcerned), id(a.mostNegative), text(a.mostNegative),
                        id(a.mostPositive), text(a.mostPositive), num(a.medianDelayDays()));
            }
            csv.flush();
            out.commit();
        }
    }

    private static String id(ScoredComment c) {
        return c == null ? "" : Csv.safe(c.commentId());
    }

    private static String text(ScoredComment c) {
        return c == null ? "" : Csv.safe(c.text());
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
