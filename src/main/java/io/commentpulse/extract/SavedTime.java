package io.commentpulse.extract;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a page was saved: the time relative dates on it ("3 hours ago", "vor 1 Monat") count back from. Read from
 * what savers write into the page: SingleFile's "saved date", the Wayback Machine's "FILE ARCHIVED ON" note or its
 * /web/14-digit/ URLs, HTTrack's "Mirrored from … by HTTrack …, DATE", an MHTML Date header. Failing those, the
 * file's modification time, which is only a guess (copying a file changes it) and is reported as such.
 *
 * @param time   the saved time
 * @param source where it came from, in words, for messages
 * @param inPage true when the page itself says it; false for the file's modification time
 */
public record SavedTime(OffsetDateTime time, String source, boolean inPage) {
    private static final Pattern SINGLE_FILE = Pattern.compile("saved date:\\s*(?:\\w{3}\\s+)?(\\w{3}\\s+\\d{1,2}\\s+\\d{4}"
            + "\\s+\\d{1,2}:\\d{2}:\\d{2})\\s*GMT([+-]\\d{4})");
    private static final Pattern WAYBACK_NOTE = Pattern.compile("FILE ARCHIVED ON\\s+(\\d{1,2}:\\d{2}:\\d{2}\\s+\\w{3}\\s+"
            + "\\d{1,2},\\s+\\d{4})");
    private static final Pattern WAYBACK_URL = Pattern.compile("web\\.archive\\.org/web/(\\d{14})");
    private static final Pattern HTTRACK = Pattern.compile("Mirrored from .{1,300}? by HTTrack Website Copier[^,]*,\\s*"
            + "(\\w{3}, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} (?:GMT|[+-]\\d{4}))");
    /** How {@link PageDecoder} keeps an MHTML archive's Date header on the page it takes out of the archive. */
    private static final String MHTML_NOTE = "<!-- saved as MHTML, Date: ";
    private static final Pattern MHTML_DATE = Pattern.compile(Pattern.quote(MHTML_NOTE) + "(.+?) -->");
    private static final int HEAD = 64 * 1024;

    /** The note that carries an MHTML archive's Date header onto its page (an HTML comment, so no text of it). */
    static String mhtmlNote(String date) {
        return MHTML_NOTE + date.replace("--", "- -").replaceAll("[\\r\\n]+", " ") + " -->\n";
    }

    /** The saved time the page states, or the file's modification time, or empty. */
    public static Optional<SavedTime> of(Page page) {
        Optional<SavedTime> stated = stated(page.text());
        return stated.isPresent() ? stated : fileTime(page.modified());
    }

    /** The saved time written into the page by the tool that saved it. */
    static Optional<SavedTime> stated(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        try {
            Matcher m = SINGLE_FILE.matcher(head);
            if (m.find()) {
                LocalDateTime t = LocalDateTime.parse(m.group(1).replaceAll("\\s+", " "),
                        DateTimeFormatter.ofPattern("MMM d yyyy H:mm:ss", Locale.ROOT));
                return Optional.of(new SavedTime(t.atOffset(ZoneOffset.of(m.group(2))), "SingleFile's saved date", true));
            }
            m = WAYBACK_NOTE.matcher(text);
            if (m.find()) {
                LocalDateTime t = LocalDateTime.parse(m.group(1).replaceAll("\\s+", " "),
                        DateTimeFormatter.ofPattern("H:mm:ss MMM d, yyyy", Locale.ROOT));
                return Optional.of(new SavedTime(t.atOffset(ZoneOffset.UTC), "the Wayback Machine's archive date", true));
            }
            m = HTTRACK.matcher(head);
            if (m.find()) {
                OffsetDateTime t = TimestampParser.parseMachine(m.group(1), ZoneOffset.UTC);
                if (t != null) {
                    return Optional.of(new SavedTime(t, "HTTrack's mirror date", true));
                }
            }
            m = MHTML_DATE.matcher(head);
            if (m.lookingAt()) {
                OffsetDateTime t = TimestampParser.parseMachine(m.group(1), ZoneOffset.UTC);
                if (t != null) {
                    return Optional.of(new SavedTime(t, "the MHTML Date header", true));
                }
            }
            m = WAYBACK_URL.matcher(head);
            if (m.find()) {
                LocalDateTime t = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
                return Optional.of(new SavedTime(t.atOffset(ZoneOffset.UTC), "the Wayback Machine's capture time", true));
            }
        } catch (RuntimeException e) {
            return Optional.empty();   // a malformed note is no saved time
        }
        return Optional.empty();
    }

    private static Optional<SavedTime> fileTime(Instant t) {
        return t == null ? Optional.empty() : Optional.of(new SavedTime(
                t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC),
                "the file's modification time", false));
    }
}
