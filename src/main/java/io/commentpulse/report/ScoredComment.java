package io.commentpulse.report;

import java.time.OffsetDateTime;

/**
 * One row of a scored CSV, as the report needs it. {@code concernBecause} and {@code sentimentBecause} hold the
 * words behind the scores ("scary(+0.41) serious(+0.22)") when the CSV was explained, else "".
 */
public record ScoredComment(String commentId, String articleId, String title, String sourceFile,
                            OffsetDateTime published, String author, OffsetDateTime timestamp, String timestampRaw,
                            String text, String sentiment, double sentimentScore, double concern,
                            String concernBecause, String sentimentBecause)
        implements java.io.Serializable {
}
