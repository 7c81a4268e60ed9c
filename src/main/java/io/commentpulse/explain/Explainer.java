package io.commentpulse.explain;

import java.util.List;

/** Explains a batch of comments: one explanation per text, in order. */
public interface Explainer {
    List<Explanation> explain(List<String> texts);
}
