package io.commentpulse.cli;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.input.FieldMapping;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which field or column of a comment file holds each part of a comment, and how its ambiguous numeric dates are read:
 * the options {@code pulse score}, {@code pulse run} and {@code pulse-spark run} share, so that one table is read the
 * same way by each.
 */
public final class ColumnOptions {
    @Option(names = "--text-column", paramLabel = "FIELD", description = "Field (JSON) or column (CSV) with the comment's text "
            + "(default: guessed from text, body, message, content, comment_text, …; the fields used are printed).")
    String text;

    @Option(names = "--id-column", paramLabel = "FIELD", description = "Field or column with the comment's id (default: guessed).")
    String id;

    @Option(names = "--time-column", paramLabel = "FIELD", description = "Field or column with its time: ISO, SQL datetime, "
            + "epoch seconds or milliseconds, numeric dates (default: guessed from timestamp, created_at, created_utc, date, …).")
    String time;

    @Option(names = "--author-column", paramLabel = "FIELD", description = "Field or column with its author (default: guessed).")
    String author;

    @Option(names = "--article-column", paramLabel = "FIELD", description = "Field or column naming its article or thread "
            + "(default: guessed from article_id, link_id, thread, url, …).")
    String article;

    @Option(names = "--parent-column", paramLabel = "FIELD", description = "Field or column with the id it replies to "
            + "(default: guessed from reply_to, parent_id, …).")
    String parent;

    @Option(names = "--title-column", paramLabel = "FIELD", description = "Field or column with the article's title (default: guessed).")
    String title;

    @Mixin
    DateOrderOption dateOrder;

    /** The fields named by the options; the others are guessed ({@link FieldMapping#completedFrom}). */
    public FieldMapping given() {
        return new FieldMapping(id, text, time, author, article, parent, title);
    }

    /** Whether any field or column was named: a CSV is then mapped, whatever its header. */
    public boolean named() {
        return given().named();
    }

    /** How ambiguous numeric dates are read: --date-order, checked ({@link UsageException} when it is neither). */
    public DataTimestamps.DateOrder dateOrder() {
        return dateOrder.order();
    }
}
