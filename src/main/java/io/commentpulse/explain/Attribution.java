package io.commentpulse.explain;

/**
 * One span of a comment and how much it moved a score: the score of the whole text minus the score of the text
 * without this span (positive: the span pushed the score up).
 *
 * @param span   the words as written
 * @param start  where the span starts in the text (UTF-16 index)
 * @param end    where it ends (exclusive)
 * @param weight score with the span minus score without it
 */
public record Attribution(String span, int start, int end, double weight) {
}
