package io.commentpulse.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/** Everything the report says about one article (or about all articles together). */
public final class ArticleSummary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final String articleId;
    final String title;
    final String sourceFile;
    final OffsetDateTime published;
    /** The page gives the publication date alone: {@code published} is the start of that day, no hour is known. */
    final boolean publishedDateOnly;
    final Tally total = new Tally();
    final Tally undated = new Tally();
    final TreeMap<ZonedDateTime, Tally> buckets = new TreeMap<>();
    /**
     * Comments that give their date alone, by the start of that day, where buckets are shorter than a day: they cannot
     * be put in an hour (with day buckets they are in {@code buckets}).
     */
    final TreeMap<ZonedDateTime, Tally> dateOnly = new TreeMap<>();
    /** Hours from publication to each comment, where both give a time of day. */
    final List<Float> delayHours = new ArrayList<>();
    /** Calendar days from the publication date to each dated comment's date. */
    final List<Float> delayDays = new ArrayList<>();
    /** Concern-raising words of the article's explained comments, with their summed weights. */
    final java.util.Map<String, Double> concernWords = new java.util.HashMap<>();
    /** Its explained comments, kept while there are few enough to list one by one in the report. */
    final List<ScoredComment> explained = new ArrayList<>();
    OffsetDateTime first;
    OffsetDateTime last;
    boolean firstDateOnly;
    boolean lastDateOnly;
    ScoredComment mostConcerned;
    ScoredComment mostNegative;
    ScoredComment mostPositive;

    ArticleSummary(String articleId, String title, String sourceFile, OffsetDateTime published, boolean publishedDateOnly) {
        this.articleId = articleId;
        this.title = title;
        this.sourceFile = sourceFile;
        this.published = published;
        this.publishedDateOnly = published != null && publishedDateOnly;
    }

    public String articleId() {
        return articleId;
    }

    public String title() {
        return title;
    }

    public Tally total() {
        return total;
    }

    public Tally undated() {
        return undated;
    }

    public TreeMap<ZonedDateTime, Tally> buckets() {
        return buckets;
    }

    public OffsetDateTime published() {
        return published;
    }

    /** True when the page gives the publication date alone (no hour can be counted from it). */
    public boolean publishedDateOnly() {
        return publishedDateOnly;
    }

    /** Whether a publication time of day is known: hours since publication can be counted. */
    public boolean publishedAtKnownTime() {
        return published != null && !publishedDateOnly;
    }

    public TreeMap<ZonedDateTime, Tally> dateOnly() {
        return dateOnly;
    }

    /**
     * Counts {@code c} in the bucket starting at {@code bucket} (null: undated); {@code inDateOnly}: in the row of its
     * day's comments that give their date alone. {@code days}: calendar days from the publication date to the
     * comment's date, or NaN.
     */
    void add(ScoredComment c, ZonedDateTime bucket, boolean inDateOnly, double days, double threshold) {
        total.add(c, threshold);
        if (bucket == null) {
            undated.add(c, threshold);
        } else {
            (inDateOnly ? dateOnly : buckets).computeIfAbsent(bucket, b -> new Tally()).add(c, threshold);
            OffsetDateTime t = c.timestamp();
            if (first == null || t.isBefore(first)) {
                first = t;
                firstDateOnly = c.dateOnly();
            }
            if (last == null || t.isAfter(last)) {
                last = t;
                lastDateOnly = c.dateOnly();
            }
            if (publishedAtKnownTime() && !c.dateOnly()) {
                delayHours.add((float) (Duration.between(published, t).toSeconds() / 3600.0));
            }
            if (!Double.isNaN(days)) {
                delayDays.add((float) days);
            }
        }
        // "most concerned / negative / positive" name only comments that are so: none is better than a wrong one
        if (c.concern() >= threshold && (mostConcerned == null || c.concern() > mostConcerned.concern())) {
            mostConcerned = c;
        }
        if ("negative".equals(c.sentiment()) && (mostNegative == null || c.sentimentScore() < mostNegative.sentimentScore())) {
            mostNegative = c;
        }
        if ("positive".equals(c.sentiment()) && (mostPositive == null || c.sentimentScore() > mostPositive.sentimentScore())) {
            mostPositive = c;
        }
    }

    /**
     * Adds what {@code o} saw of the same article: comments that came after this one's in the input. Ties keep this
     * one's comment, as a single pass would have.
     */
    void merge(ArticleSummary o) {
        total.merge(o.total);
        undated.merge(o.undated);
        o.buckets.forEach((b, t) -> buckets.computeIfAbsent(b, k -> new Tally()).merge(t));
        o.dateOnly.forEach((b, t) -> dateOnly.computeIfAbsent(b, k -> new Tally()).merge(t));
        delayHours.addAll(o.delayHours);
        delayDays.addAll(o.delayDays);
        o.concernWords.forEach((w, v) -> concernWords.merge(w, v, Double::sum));
        for (ScoredComment c : o.explained) {
            if (explained.size() > Drivers.LIST_COMMENTS_UP_TO) {
                break;
            }
            explained.add(c);
        }
        if (first == null || o.first != null && o.first.isBefore(first)) {
            first = o.first;
            firstDateOnly = o.firstDateOnly;
        }
        if (last == null || o.last != null && o.last.isAfter(last)) {
            last = o.last;
            lastDateOnly = o.lastDateOnly;
        }
        if (o.mostConcerned != null && (mostConcerned == null || o.mostConcerned.concern() > mostConcerned.concern())) {
            mostConcerned = o.mostConcerned;
        }
        if (o.mostNegative != null && (mostNegative == null || o.mostNegative.sentimentScore() < mostNegative.sentimentScore())) {
            mostNegative = o.mostNegative;
        }
        if (o.mostPositive != null && (mostPositive == null || o.mostPositive.sentimentScore() > mostPositive.sentimentScore())) {
            mostPositive = o.mostPositive;
        }
    }

    /** Median hours from publication to comment (where both give a time of day), or NaN. */
    public double medianDelayHours() {
        return median(delayHours);
    }

    /** Median calendar days from the publication date to a comment's date, or NaN. */
    public double medianDelayDays() {
        return median(delayDays);
    }

    private static double median(List<Float> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Float> d = new ArrayList<>(values);
        Collections.sort(d);
        int n = d.size();
        return n % 2 == 1 ? d.get(n / 2) : (d.get(n / 2 - 1) + d.get(n / 2)) / 2.0;
    }
}
