package io.commentpulse.report;

import java.time.OffsetDateTime;

/**
 * One row of a scored CSV, as the report needs it. {@code concernBecause} and {@code sentimentBecause} hold the
 * words behind the scores ("scary(+0.41) serious(+0.22)") when the CSV was explained, else "".
 * {@code publishedDateOnly} and {@code dateOnly} say that the CSV gives the article's publication or the comment's
 * time as a date alone ({@code 2012-06-25}): the value is then the start of that day and says nothing of the hour.
 */
public record ScoredComment(String commentId, String articleId, String title, String sourceFile,
                            OffsetDateTime published, boolean publishedDateOnly, String author,
                            OffsetDateTime timestamp, boolean dateOnly, String timestampRaw, String text, String sentiment, double sentimentScore, double concern,
                            String concernBecause, String sentimentBecause)
        implements java.io.Serializable {
}
