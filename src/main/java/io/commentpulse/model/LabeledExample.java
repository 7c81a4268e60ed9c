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
 * @param emotions  the source's fine-grained emotion labels as {@code scheme:label;label} (e.g.
 *                  {@code goemotions:fear;nervousness}, {@code semeval2018:} for none), or null when the source
 *                  has none; used only as an auxiliary training signal
 * @param soft      a teacher's targets that training uses instead of the hard labels, or null (evaluation always
 *                  reads the hard labels)
 * @param thread    the article or news item the comment answers (comments of one thread share it), or null when
 *                  unknown; read only by the thread context of concern ({@code calibrate}/{@code evaluate
 *                  --thread-context})
 */
public record LabeledExample(String id, String text, Sentiment sentiment, Integer concern, double intensity,
                             String emotions, SoftTargets soft, String thread) {
    public LabeledExample(String id, String text, Sentiment sentiment, Integer concern, double intensity,
                          String emotions, SoftTargets soft) {
        this(id, text, sentiment, concern, intensity, emotions, soft, null);
    }

    public LabeledExample(String id, String text, Sentiment sentiment, Integer concern, double intensity) {
        this(id, text, sentiment, concern, intensity, null, null);
    }

    public LabeledExample(String id, String text, Sentiment sentiment, Integer concern, double intensity,
                          String emotions) {
        this(id, text, sentiment, concern, intensity, emotions, null);
    }

    /** This row with {@code targets} as its soft targets. */
    public LabeledExample withSoft(SoftTargets targets) {
        return new LabeledExample(id, text, sentiment, concern, intensity, emotions, targets, thread);
    }

    /** This row as a comment of {@code t} (null: of no known thread). */
    public LabeledExample withThread(String t) {
        return new LabeledExample(id, text, sentiment, concern, intensity, emotions, soft, t);
    }

    /** True when the row has a sentiment or concern label of its own (not only a teacher's soft targets). */
    public boolean hasHardLabel() {
        return sentiment != null || concern != null;
    }

    public boolean hasAnyLabel() {
        return hasHardLabel() || soft != null && !soft.isEmpty();
    }
}
