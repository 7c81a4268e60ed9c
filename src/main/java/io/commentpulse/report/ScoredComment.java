package io.commentpulse.report;

import java.time.OffsetDateTime;

/** One row of a scored CSV, as the report needs it. */
public record ScoredComment(String commentId, String articleId, String title, String sourceFile,
                            OffsetDateTime published, String author, OffsetDateTime timestamp, String timestampRaw,
                            String text, String sentiment, double sentimentScore, double concern) {
}
