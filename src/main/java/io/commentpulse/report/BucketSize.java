package io.commentpulse.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Time buckets of the report. Buckets are aligned to the wall clock of the report's zone (DST-aware). */
public enum BucketSize {
    MIN15("15m", Duration.ofMinutes(15)), HOUR("hour", Duration.ofHours(1)), HOURS6("6h", Duration.ofHours(6)),
    DAY("day", Duration.ofDays(1));

    private final String label;
    private final Duration length;

    BucketSize(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    /** How long one bucket is. */
    public Duration length() {
        return length;
    }

    public static BucketSize parse(String s) {
        for (BucketSize b : values()) {
            if (b.label.equalsIgnoreCase(s)) {
                return b;
            }
        }
        return null;
    }

    /** The smallest bucket that keeps the span to at most {@code maxPoints} buckets. */
    public static BucketSize auto(OffsetDateTime first, OffsetDateTime last, int maxPoints) {
        if (first == null || last == null) {
            return HOUR;
        }
        Duration span = Duration.between(first, last);
        for (BucketSize b : List.of(MIN15, HOUR, HOURS6, DAY)) {
            if (span.dividedBy(b.length) + 1 <= maxPoints) {
                return b;
            }
        }
        return DAY;
    }

    /** The start of the bucket holding {@code t}, in {@code zone}. */
    public ZonedDateTime floor(OffsetDateTime t, ZoneId zone) {
        ZonedDateTime z = t.atZoneSameInstant(zone);
        return switch (this) {
            case MIN15 -> z.truncatedTo(ChronoUnit.HOURS).plusMinutes((z.getMinute() / 15) * 15L);
            case HOUR -> z.truncatedTo(ChronoUnit.HOURS);
            case HOURS6 -> z.truncatedTo(ChronoUnit.DAYS).withHour((z.getHour() / 6) * 6);
            case DAY -> z.truncatedTo(ChronoUnit.DAYS);
        };
    }

    /** The start of the bucket after the one starting at {@code start}. */
    public ZonedDateTime next(ZonedDateTime start) {
        return switch (this) {
            case MIN15 -> start.plusMinutes(15);
            case HOUR -> start.plusHours(1);
            case HOURS6 -> start.plusHours(6);
            case DAY -> start.plusDays(1);
        };
    }
}
