package io.commentpulse.extract;

import java.util.List;

/** One page's outcome in an extraction check: whether it holds comments, and how many records were extracted from it. */
public interface ScoredPage {
    boolean hasComments();

    int extracted();

    /** How many of these pages hold no comment. */
    static int negativePages(List<? extends ScoredPage> pages) {
        return (int) pages.stream().filter(p -> !p.hasComments()).count();
    }

    /** The records extracted from pages that hold no comment: every one is false. */
    static int falseOnNegatives(List<? extends ScoredPage> pages) {
        return pages.stream().filter(p -> !p.hasComments()).mapToInt(ScoredPage::extracted).sum();
    }
}
