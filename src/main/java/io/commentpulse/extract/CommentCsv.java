package io.commentpulse.extract;

import io.commentpulse.io.Csv;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The columns of {@code comments.csv}, in order, and how an extracted comment fills them. A time the page gives as a
 * date alone is written as one ({@code 2012-06-25}), not as midnight.
 */
public final class CommentCsv {
    public static final List<String> HEADER = List.of("comment_id", "article_id", "source_file", "article_title",
            "article_published", "author", "timestamp", "timestamp_raw", "reply_to", "text", "quote");

    private CommentCsv() {
    }

    public static List<String> row(Article a, Comment c) {
        return List.of(c.commentId(), a.articleId(), Csv.safe(a.sourceFile()), Csv.safe(a.title()),
                iso(a.published(), a.publishedDateOnly()), Csv.safe(c.author()),
                iso(c.timestamp(), c.dateOnly()), Csv.safe(c.timestampRaw()), c.replyTo(), Csv.safe(c.text()),
                Csv.safe(c.quote()));
    }

    public static String iso(OffsetDateTime t) {
        return t == null ? "" : t.toString();
    }

    /** As above, but a date alone as {@code 2012-06-25}: the day in the value's own offset, the zone it was read in. */
    public static String iso(OffsetDateTime t, boolean dateOnly) {
        return t != null && dateOnly ? t.toLocalDate().toString() : iso(t);
    }
}
