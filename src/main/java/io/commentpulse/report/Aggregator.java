package io.commentpulse.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Groups scored comments by article and time bucket. Memory grows with articles and buckets (plus one float per
 * dated comment for the median delay), not with comment text. Keeps the top comments for the report's tables.
 */
public final class Aggregator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String ALL = "ALL";
    private final BucketSize bucket;
    private final ZoneId zone;
    private final double threshold;
    private final int top;
    private final Map<String, ArticleSummary> articles = new LinkedHashMap<>();
    private final ArticleSummary all;
    /** The top comments by concern, by negative and by positive sentiment; equal scores keep the earlier comment. */
    private final PriorityQueue<Ranked> concerned;
    private final PriorityQueue<Ranked> negative;
    private final PriorityQueue<Ranked> positive;
    /** Comments added so far, in this aggregate and the ones merged into it: the input position of the next. */
    private long added;

    /** A kept comment with its position in the input, which breaks ties. */
    private record Ranked(ScoredComment comment, long seq, double key) implements java.io.Serializable {
    }

    /** Lowest key first, and among equal keys the later comment first: the head is the one to drop. */
    private static PriorityQueue<Ranked> queue() {
        return new PriorityQueue<>((Comparator<Ranked> & java.io.Serializable) (a, b) -> a.key() != b.key()
                ? Double.compare(a.key(), b.key()) : Long.compare(b.seq(), a.seq()));
    }

    public Aggregator(BucketSize bucket, ZoneId zone, double threshold, int top) {
        this.bucket = bucket;
        this.zone = zone;
        this.threshold = threshold;
        this.top = top;
        this.all = new ArticleSummary(ALL, "All articles", "", null, false);
        // serializable: an aggregator built on a Spark executor travels to the driver to be merged
        this.concerned = queue();
        this.negative = queue();
        this.positive = queue();
    }

    public void add(ScoredComment c) {
        ArticleSummary a = articles.computeIfAbsent(c.articleId(),
                id -> new ArticleSummary(id, c.title(), c.sourceFile(), c.published(), c.publishedDateOnly()));
        // a date alone is that day wherever the report is read (not the instant its midnight falls on in this zone);
        // shorter buckets cannot hold it, so it is counted in its day's date-only row
        ZonedDateTime b = c.timestamp() == null ? null
                : c.dateOnly() ? c.timestamp().toLocalDate().atStartOfDay(zone) : bucket.floor(c.timestamp(), zone);
        boolean inDateOnly = c.dateOnly() && bucket != BucketSize.DAY;
        double days = a.published == null || c.timestamp() == null ? Double.NaN
                : ChronoUnit.DAYS.between(day(a.published, a.publishedDateOnly), day(c.timestamp(), c.dateOnly()));
        a.add(c, b, inDateOnly, days, threshold);
        all.add(c, b, inDateOnly, Double.NaN, threshold);
        Drivers.tally(a.concernWords, c.concernBecause());
        if (!c.concernBecause().isEmpty() && a.explained.size() <= Drivers.LIST_COMMENTS_UP_TO) {
            a.explained.add(c);   // one more than listed: an article with more is not listed
        }
        // each table lists only comments that are what it names: concerned at the threshold, labeled negative/positive
        long seq = added++;
        if (c.concern() >= threshold) {
            keep(concerned, new Ranked(c, seq, c.concern()));
        }
        if ("negative".equals(c.sentiment())) {
            keep(negative, new Ranked(c, seq, -c.sentimentScore()));
        }
        if ("positive".equals(c.sentiment())) {
            keep(positive, new Ranked(c, seq, c.sentimentScore()));
        }
    }

    /** The date of {@code t} in the report's zone, or the date it gives where it gives a date alone. */
    LocalDate day(OffsetDateTime t, boolean dateOnly) {
        return dateOnly ? t.toLocalDate() : t.atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * Registers an article that has no comments, so it still appears in the report; {@code publishedDateOnly}: the
     * page gives the publication date alone.
     */
    public void addArticle(String id, String title, String source, OffsetDateTime published, boolean publishedDateOnly) {
        articles.computeIfAbsent(id, k -> new ArticleSummary(id, title, source, published, publishedDateOnly));
    }

    /**
     * Adds what {@code o} aggregated (same bucket, zone and threshold) from the comments that follow this one's in the
     * input, so that aggregating parts in order and merging them gives what one pass over all of them gives.
     */
    public void merge(Aggregator o) {
        if (o.bucket != bucket || !o.zone.equals(zone) || o.threshold != threshold) {
            throw new IllegalArgumentException("cannot merge aggregates made with other buckets, zone or threshold");
        }
        o.articles.forEach((id, a) -> {
            ArticleSummary mine = articles.get(id);
            if (mine == null) {
                articles.put(id, a);
            } else {
                mine.merge(a);
            }
        });
        all.merge(o.all);
        long offset = added;
        o.concerned.forEach(r -> keep(concerned, new Ranked(r.comment(), offset + r.seq(), r.key())));
        o.negative.forEach(r -> keep(negative, new Ranked(r.comment(), offset + r.seq(), r.key())));
        o.positive.forEach(r -> keep(positive, new Ranked(r.comment(), offset + r.seq(), r.key())));
        added += o.added;
    }

    private void keep(PriorityQueue<Ranked> q, Ranked c) {
        q.add(c);
        if (q.size() > top) {
            q.poll();
        }
    }

    public BucketSize bucket() {
        return bucket;
    }

    public ZoneId zone() {
        return zone;
    }

    public double threshold() {
        return threshold;
    }

    public List<ArticleSummary> articles() {
        return new ArrayList<>(articles.values());
    }

    public ArticleSummary all() {
        return all;
    }

    /** Buckets from the first to the last comment of {@code a}, empty ones included. */
    public TreeMap<ZonedDateTime, Tally> filled(ArticleSummary a) {
        TreeMap<ZonedDateTime, Tally> out = new TreeMap<>();
        if (a.buckets.isEmpty()) {
            return out;
        }
        ZonedDateTime end = a.buckets.lastKey();
        for (ZonedDateTime t = a.buckets.firstKey(); !t.isAfter(end); t = bucket.next(t)) {
            out.put(t, a.buckets.getOrDefault(t, new Tally()));
        }
        return out;
    }

    public List<ScoredComment> mostConcerned() {
        return sorted(concerned);
    }

    public List<ScoredComment> mostNegative() {
        return sorted(negative);
    }

    public List<ScoredComment> mostPositive() {
        return sorted(positive);
    }

    /** Highest key first; equal keys in input order. */
    private static List<ScoredComment> sorted(PriorityQueue<Ranked> q) {
        List<Ranked> l = new ArrayList<>(q);
        l.sort(Comparator.comparingDouble(Ranked::key).reversed().thenComparingLong(Ranked::seq));
        return l.stream().map(Ranked::comment).toList();
    }
}
