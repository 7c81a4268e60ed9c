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
    final Tally total = new Tally();
    final Tally undated = new Tally();
    final TreeMap<ZonedDateTime, Tally> buckets = new TreeMap<>();
    final List<Float> delayHours = new ArrayList<>();
    /** Concern-raising words of the article's explained comments, with their summed weights. */
    final java.util.Map<String, Double> concernWords = new java.util.HashMap<>();
    /** Its explained comments, kept while there are few enough to list one by one in the report. */
    final List<ScoredComment> explained = new ArrayList<>();
    OffsetDateTime first;
    OffsetDateTime last;
    ScoredComment mostConcerned;
    ScoredComment mostNegative;
    ScoredComment mostPositive;

    ArticleSummary(String articleId, String title, String sourceFile, OffsetDateTime published) {
        this.articleId = articleId;
        this.title = title;
        this.sourceFile = sourceFile;
        this.published = published;
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

    void add(ScoredComment c, ZonedDateTime bucket, double threshold) {
        total.add(c, threshold);
        if (bucket == null) {
            undated.add(c, threshold);
        } else {
            buckets.computeIfAbsent(bucket, b -> new Tally()).add(c, threshold);
            OffsetDateTime t = c.timestamp();
            first = first == null || t.isBefore(first) ? t : first;
            last = last == null || t.isAfter(last) ? t : last;
            if (published != null) {
                delayHours.add((float) (Duration.between(published, t).toSeconds() / 3600.0));
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
        delayHours.addAll(o.delayHours);
        o.concernWords.forEach((w, v) -> concernWords.merge(w, v, Double::sum));
        for (ScoredComment c : o.explained) {
            if (explained.size() > Drivers.LIST_COMMENTS_UP_TO) {
                break;
            }
            explained.add(c);
        }
        first = first == null || (o.first != null && o.first.isBefore(first)) ? o.first : first;
        last = last == null || (o.last != null && o.last.isAfter(last)) ? o.last : last;
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

    /** Median hours from publication to comment, or NaN. */
    public double medianDelayHours() {
        if (delayHours.isEmpty()) {
            return Double.NaN;
        }
        List<Float> d = new ArrayList<>(delayHours);
        Collections.sort(d);
        int n = d.size();
        return n % 2 == 1 ? d.get(n / 2) : (d.get(n / 2 - 1) + d.get(n / 2)) / 2.0;
    }
}
