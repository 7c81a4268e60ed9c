package io.commentpulse.spark;

import io.commentpulse.extract.CopiedComments;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies of pages read before, left out on Spark as {@code pulse run} leaves them out: the driver judges the surveyed
 * pages in input order with {@link CopiedComments} (each page's comment prints came with the survey, not its rows),
 * then the executors drop the rows it names from their persisted pages.
 */
final class Copies {
    private Copies() {
    }

    /**
     * {@code pages} without the comments read before from another file (persisted), or {@code pages} itself where no
     * page is a copy.
     */
    static JavaRDD<PageOutcome> leaveOut(JavaRDD<PageOutcome> pages, PartialReport.Survey survey) {
        CopiedComments copied = new CopiedComments();
        Map<Integer, BitSet> left = new HashMap<>();
        Map<Integer, String> said = new HashMap<>();
        for (PageOutcome p : survey.pages()) {
            if (!p.ok() || p.prints() == null) {
                continue;
            }
            CopiedComments.Verdict v = copied.judge(p.path(), p.prints());
            if (v.count() > 0) {
                left.put(p.index(), v.left());
                said.put(p.index(), v.warning());
            }
        }
        if (left.isEmpty()) {
            return pages;
        }
        return pages.map(p -> p.leavingOut(left.get(p.index()), said.get(p.index())))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }
}
