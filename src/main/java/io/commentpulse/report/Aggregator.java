package io.commentpulse.report;

import java.time.ZoneId;
import java.time.ZonedDateTime;
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
public final class Aggregator {
    public static final String ALL = "ALL";
    private final BucketSize bucket;
    private final ZoneId zone;
    private final double threshold;
    private final int top;
    private final Map<String, ArticleSummary> articles = new LinkedHashMap<>();
    private final ArticleSummary all;
    private final PriorityQueue<ScoredComment> concerned;
    private final PriorityQueue<ScoredComment> negative;
    private final PriorityQueue<ScoredComment> positive;

    public Aggregator(BucketSize bucket, ZoneId zone, double threshold, int top) {
        this.bucket = bucket;
        this.zone = zone;
        this.threshold = threshold;
        this.top = top;
        this.all = new ArticleSummary(ALL, "All articles", "", null);
        this.concerned = new PriorityQueue<>(Comparator.comparingDouble(ScoredComment::concern));
        this.negative = new PriorityQueue<>(Comparator.comparingDouble((ScoredComment c) -> -c.sentimentScore()));
        this.positive = new PriorityQueue<>(Comparator.comparingDouble(ScoredComment::sentimentScore));
    }

    public void add(ScoredComment c) {
        ArticleSummary a = articles.computeIfAbsent(c.articleId(),
                id -> new ArticleSummary(id, c.title(), c.sourceFile(), c.published()));
        ZonedDateTime b = c.timestamp() == null ? null : bucket.floor(c.timestamp(), zone);
        a.add(c, b, threshold);
        all.add(c, b, threshold);
        Drivers.tally(a.concernWords, c.concernBecause());
        if (!c.concernBecause().isEmpty() && a.explained.size() <= Drivers.LIST_COMMENTS_UP_TO) {
            a.explained.add(c);   // one more than listed: an article with more is not listed
        }
        // each table lists only comments that are what it names: concerned at the threshold, labeled negative/positive
        if (c.concern() >= threshold) {
            keep(concerned, c);
        }
        if ("negative".equals(c.sentiment())) {
            keep(negative, c);
        }
        if ("positive".equals(c.sentiment())) {
            keep(positive, c);
        }
    }

    /** Registers an article that has no comments, so it still appears in the report. */
    public void addArticle(String id, String title, String source, java.time.OffsetDateTime published) {
        articles.computeIfAbsent(id, k -> new ArticleSummary(id, title, source, published));
    }

    private void keep(PriorityQueue<ScoredComment> q, ScoredComment c) {
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
        return sorted(concerned, Comparator.comparingDouble(ScoredComment::concern).reversed());
    }

    public List<ScoredComment> mostNegative() {
        return sorted(negative, Comparator.comparingDouble(ScoredComment::sentimentScore));
    }

    public List<ScoredComment> mostPositive() {
        return sorted(positive, Comparator.comparingDouble(ScoredComment::sentimentScore).reversed());
    }

    private static List<ScoredComment> sorted(PriorityQueue<ScoredComment> q, Comparator<ScoredComment> order) {
        List<ScoredComment> l = new ArrayList<>(q);
        l.sort(order);
        return l;
    }
}
