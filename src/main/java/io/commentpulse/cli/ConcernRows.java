package io.commentpulse.cli;

import io.commentpulse.model.LabeledExample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of labeled files that carry a concern label, enough of them to fit to: what {@code calibrate} and
 * {@code combine} fit a calibration (and a combination) on.
 *
 * @param files  the files read, with their checksums (for the manifest)
 * @param texts  the texts of the rows with a concern label, in file order
 * @param gold   their concern labels
 * @param threads their threads (null where a row names none)
 */
record ConcernRows(LabeledInputs files, List<String> texts, int[] gold, List<String> threads) {
    /** Fewer rows, or fewer of either label, than this make a fit that means nothing. */
    static final int MIN_ROWS = 30;
    static final int MIN_PER_LABEL = 5;

    /** Reads {@code paths}; a usage error, naming {@code what} and {@code option}, when too few rows are labeled. */
    static ConcernRows read(List<Path> paths, String what, String option) throws IOException {
        LabeledInputs in = LabeledInputs.read(paths, false);
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        for (LabeledExample r : in.all) {
            if (r.concern() != null) {
                texts.add(r.text());
                labels.add(r.concern());
                threads.add(r.thread());
            }
        }
        int[] gold = labels.stream().mapToInt(Integer::intValue).toArray();
        ConcernRows rows = new ConcernRows(in, texts, gold, threads);
        int concerned = rows.concerned();
        if (gold.length < MIN_ROWS || concerned < MIN_PER_LABEL || gold.length - concerned < MIN_PER_LABEL) {
            throw new UsageException(String.format(Locale.ROOT, "%s needs at least %d rows with a concern label and %d "
                    + "of each label; the %s files have %d rows, %d concerned", what, MIN_ROWS, MIN_PER_LABEL, option,
                    gold.length, concerned));
        }
        return rows;
    }

    int concerned() {
        int n = 0;
        for (int g : gold) {
            n += g;
        }
        return n;
    }
}
