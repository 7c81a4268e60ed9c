package io.commentpulse.extract;

import java.time.OffsetDateTime;

/**
 * One reader comment as it appears on a page.
 *
 * @param commentId    stable id: the article id plus a hash of author, time and text (and a repeat counter)
 * @param author       display name, or empty when the page shows none
 * @param timestamp    parsed time with offset, or null when absent or unparseable
 * @param timestampRaw the time as shown on the page, or empty
 * @param replyTo      the parent comment's id where the markup shows threading, else empty
 * @param text         the comment text without author line, date, widgets or a leading quote
 * @param quote        a quoted parent the comment opens with (kept out of {@code text}), or empty
 */
public record Comment(String commentId, String author, OffsetDateTime timestamp, String timestampRaw,
                      String replyTo, String text, String quote) {
    /**
     * True when the page gives the comment's date alone ("June 4, 2012"): {@code timestamp} is then the start of that
     * day and says nothing of the hour. A midnight from a machine value the page does not show is taken as stated.
     */
    public boolean dateOnly() {
        return DataTimestamps.isDateOnly(timestamp, timestampRaw);
    }
}
