package io.commentpulse.model;

import io.commentpulse.score.Sentiment;

/**
 * One row of the canonical labeled CSV.
 *
 * @param id        the row's id
 * @param text      the comment text
 * @param sentiment the sentiment label, or null when unknown
 * @param concern   1 or 0, or null when unknown
 * @param intensity a graded concern score when the source has one, else NaN
 */
public record LabeledExample(String id, String text, Sentiment sentiment, Integer concern, double intensity) {
    public boolean hasAnyLabel() {
        return sentiment != null || concern != null;
    }
}
