package io.commentpulse.report;

import java.time.OffsetDateTime;

/**
 * The earliest and latest comment time of a scored CSV (or of a part of one), and how many of its dated comments give
 * their date alone: what {@code auto} buckets are chosen from. Parts made apart merge into the span of the whole.
 */
public final class TimeSpan implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private OffsetDateTime first;
    private OffsetDateTime last;
    private long dated;
    private long dateOnly;

    public void add(ScoredComment c) {
        OffsetDateTime t = c.timestamp();
        if (t == null) {
            return;
        }
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
        dated++;
        dateOnly += c.dateOnly() ? 1 : 0;
    }

    /** Adds what {@code o} saw; returns this span. */
    public TimeSpan merge(TimeSpan o) {
        first = first == null || o.first != null && o.first.isBefore(first) ? o.first : first;
        last = last == null || o.last != null && o.last.isAfter(last) ? o.last : last;
        dated += o.dated;
        dateOnly += o.dateOnly;
        return this;
    }

    /**
     * The smallest bucket that keeps the span to at most {@code maxPoints} buckets; days where at least half the dated
     * comments give their date alone (shorter buckets could not hold them).
     */
    public BucketSize bucket(int maxPoints) {
        return dated > 0 && 2 * dateOnly >= dated ? BucketSize.DAY : BucketSize.auto(first, last, maxPoints);
    }
}
