package io.commentpulse.extract;

/** Turns one decoded page into its article and comments. Implementations hold no per-page state. */
public interface PageExtractor {
    PageResult extract(Page page, ExtractOptions options);
}
