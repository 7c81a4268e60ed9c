package io.commentpulse.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as data files write them (a comments CSV or export, a scored CSV), read by one parser:
 * <ul>
 *   <li>ISO-8601 with or without {@code T}, seconds, fraction or offset ({@code 2024-05-02T09:00:00Z},
 *   {@code 2024-05-02 09:00}, SQL {@code 2024-05-02 09:00:00}), or a date alone;</li>
 *   <li>epoch seconds (up to 11 digits, Reddit's {@code created_utc}) or epoch milliseconds (12 or 13 digits), with an
 *   optional fraction; told apart by magnitude: below 100,000,000,000 they are seconds (that is up to the year 5138),
 *   above it milliseconds;</li>
 *   <li>numeric day-month forms: {@code 02.05.2024 09:00} (dots: day first), {@code 5/2/2024 9:00 AM}: a first
 *   number over 12 is the day, a second over 12 makes the first the month; where both could be either
 *   ({@code 03/04/2024}) the {@link DateOrder} decides and the value is counted as ambiguous;</li>
 *   <li>anything else a page shows ("May 2, 2024 9:00 am"), through {@link TimestampParser}.</li>
 * </ul>
 * Values without a zone take {@code zone}.
 */
public final class DataTimestamps {
    /** How an ambiguous numeric date is read. */
    public enum DateOrder {
        MDY, DMY;

        public static DateOrder parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A parsed value, whether its day and month could have been read the other way round, and whether it gives a
     * date alone ({@code dateOnly}: the value is the start of that day in the zone it was read in, and says nothing of
     * the hour).
     */
    public record Parsed(OffsetDateTime value, boolean ambiguous, boolean dateOnly) {
        Parsed(OffsetDateTime value, boolean ambiguous) {
            this(value, ambiguous, false);
        }

        /** As the CSVs this tool writes hold it: {@link #iso(OffsetDateTime, boolean)}. */
        public String iso() {
            return DataTimestamps.iso(value, dateOnly);
        }
    }

    private static final Pattern EPOCH = Pattern.compile("\\d{1,13}(?:\\.\\d+)?");
    private static final Pattern SQL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})"
            + "(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?)?");
    private static final double MILLIS_FROM = 1e11;

    private DataTimestamps() {
    }

    /** The value of {@code s}, or null when blank; an unreadable value raises {@link DateTimeParseException}. */
    public static Parsed parse(String s, ZoneId zone, DateOrder order) {
        if (s == null || s.isBlank()) {
            return new Parsed(null, false);
        }
        String v = s.strip();
        if (EPOCH.matcher(v).matches() && v.replaceFirst("\\..*", "").length() >= 9) {
            double n = Double.parseDouble(v);
            long millis = n >= MILLIS_FROM ? (long) n : (long) (n * 1000);
            return new Parsed(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC), false);
        }
        try {
            return new Parsed(OffsetDateTime.parse(v), false);
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        Matcher sql = SQL.matcher(v);
        if (sql.matches()) {
            String t = sql.group(2).length() == 4 ? "0" + sql.group(2) : sql.group(2);
            return new Parsed(LocalDateTime.parse(sql.group(1) + "T" + t).atZone(zone).toOffsetDateTime(), false);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new Parsed(LocalDate.parse(v).atStartOfDay(zone).toOffsetDateTime(), false, true);
        }
        Matcher m = NUMERIC.matcher(v);
        if (m.matches()) {
            return numeric(m, zone, order);
        }
        OffsetDateTime shown = TimestampParser.parseMachine(v, zone);
        if (shown == null) {
            throw new DateTimeParseException("not a date or time this tool reads", v, 0);
        }
        return new Parsed(shown, false, isDateOnly(shown, v));
    }

    /**
     * True when {@code value}, read from {@code raw}, is a date alone: the start of its day, and {@code raw} shows no time
     * of day ({@link TimestampParser#hasClock}). Without {@code raw} (a machine value the page does not show) a midnight
     * is taken as stated.
     */
    public static boolean isDateOnly(OffsetDateTime value, String raw) {
        return value != null && raw != null && !raw.isBlank() && value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && !TimestampParser.hasClock(raw);
    }

    private static Parsed numeric(Matcher m, ZoneId zone, DateOrder order) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        year = m.group(4).length() == 2 ? 2000 + year : year;
        boolean dayFirst;
        boolean ambiguous = false;
        if (a > 12) {
            dayFirst = true;
        } else if (b > 12) {
            dayFirst = false;
        } else if (m.group(2).equals(".")) {
            dayFirst = true;              // 02.05.2024: dotted dates are day-first wherever they are written
        } else {
            dayFirst = order == DateOrder.DMY;
            ambiguous = a != b;
        }
        LocalDate d = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        LocalDateTime t = d.atStartOfDay();
        if (m.group(5) != null) {
            int h = Integer.parseInt(m.group(5));
            String ampm = m.group(8) == null ? "" : m.group(8).toLowerCase(Locale.ROOT).replace(".", "");
            if (ampm.equals("pm") && h < 12) {
                h += 12;
            } else if (ampm.equals("am") && h == 12) {
                h = 0;
            }
            t = d.atTime(h, Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
        }
        return new Parsed(t.atZone(zone).toOffsetDateTime(), ambiguous, m.group(5) == null);
    }

    /** ISO-8601 text of a value, as the CSVs this tool writes hold it. */
    public static String iso(OffsetDateTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** As above, but a date alone as {@code 2012-06-25}: a value that gives no time of day is not given one. */
    public static String iso(OffsetDateTime t, boolean dateOnly) {
        return t != null && dateOnly ? t.toLocalDate().toString() : iso(t);
    }
}
