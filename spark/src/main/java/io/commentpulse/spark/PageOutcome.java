package io.commentpulse.spark;

import io.commentpulse.extract.CopiedComments;

import java.io.Serializable;
import java.util.List;

/**
 * What one page gave: its article and its scored rows (the cells of {@code comments.csv} followed by the score
 * cells, exactly as {@code pulse run} writes them), or why it failed.
 *
 * @param failure   null for a page that was read, else the reason it was not
 * @param warnings  problems that did not stop extraction
 * @param published the article's publication time as ISO-8601 (a date alone where the page gives no time), or null
 */
record PageOutcome(int index, String path, String failure, List<String> warnings, String articleId, String title,
                   String source, String published, List<List<String>> rows, CopiedComments.Prints prints)
        implements Serializable {

    static PageOutcome failed(PageRef ref, String reason) {
        return new PageOutcome(ref.index(), ref.path(), reason, List.of(), null, null, null, null, List.of(), null);
    }

    boolean ok() {
        return failure == null;
    }

    /** The same page without its rows: what the driver keeps of every page. */
    PageOutcome withoutRows() {
        return new PageOutcome(index, path, failure, warnings, articleId, title, source, published, List.of(), prints);
    }

    /**
     * The page without the rows {@code left} marks (comments read before from another file, as {@code pulse run}
     * leaves them out), {@code warning} added to its warnings; itself where {@code left} is null.
     */
    PageOutcome leavingOut(java.util.BitSet left, String warning) {
        if (left == null) {
            return this;
        }
        List<List<String>> kept = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!left.get(i)) {
                kept.add(rows.get(i));
            }
        }
        List<String> said = new java.util.ArrayList<>(warnings);
        said.add(warning);
        return new PageOutcome(index, path, failure, said, articleId, title, source, published, kept, prints);
    }
}
