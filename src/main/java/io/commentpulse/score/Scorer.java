package io.commentpulse.score;

import java.util.List;

/** Scores a batch of comment texts; one result per text, in order. Implementations are safe to reuse. */
public interface Scorer {
    List<Score> score(List<String> texts);
}
