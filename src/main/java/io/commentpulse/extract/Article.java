package io.commentpulse.extract;

import java.time.OffsetDateTime;

/**
 * The page a set of comments belongs to.
 *
 * @param articleId  stable id: from the canonical URL when the page gives one, else from the page's bytes
 * @param sourceFile the path the page was read from, as given
 * @param title      the article title, or empty
 * @param published  publication time, or null when the page does not say
 * @param publishedDateOnly true when the page gives the publication date alone: {@code published} is then the start
 *                   of that day and says nothing of the hour
 */
public record Article(String articleId, String sourceFile, String title, OffsetDateTime published,
                      boolean publishedDateOnly) {
}
