package io.commentpulse.extract;

import java.util.List;

/**
 * What one page yields: its article metadata, its reader comments in page order, and problems that did not stop
 * extraction (for example relative times resolved against a guessed saved time).
 */
public record PageResult(Article article, List<Comment> comments, List<String> warnings) {
    public PageResult {
        comments = List.copyOf(comments);
        warnings = List.copyOf(warnings);
    }

    public PageResult(Article article, List<Comment> comments) {
        this(article, comments, List.of());
    }
}
