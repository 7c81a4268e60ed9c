package io.commentpulse.extract;

import java.util.List;

/** What one page yields: its article metadata and its reader comments in page order. */
public record PageResult(Article article, List<Comment> comments) {
    public PageResult {
        comments = List.copyOf(comments);
    }
}
