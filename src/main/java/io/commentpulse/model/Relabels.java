package io.commentpulse.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team's own labels for some rows of a public set, made by the project's guideline, that replace what the set's
 * mapping gives those rows (e.g. GoEmotions maps "I'm concerned about this" to caring, a positive emotion, and to
 * concern 0). Rows are matched by id; a row whose text differs from the source's is not applied (the labels were
 * made for another text). The source's fine-grained emotions are kept: only sentiment and concern are replaced.
 */
public final class Relabels {
    /** What applying the relabels did. */
    public record Applied(List<LabeledExample> rows, int replaced, int concernChanged, int sentimentChanged,
                          int textMismatch, int notFound) {
    }

    private final Path file;
    private final Map<String, LabeledExample> byId;

    private Relabels(Path file, Map<String, LabeledExample> byId) {
        this.file = file;
        this.byId = byId;
    }

    /** Reads a canonical labeled CSV of relabeled rows (its problems are reported as {@link LabeledCsv} does). */
    public static Relabels read(Path file) throws IOException {
        LabeledCsv.Result r = LabeledCsv.read(file);
        LabeledCsv.report(r, System.err);
        Map<String, LabeledExample> byId = new LinkedHashMap<>();
        for (LabeledExample e : r.rows()) {
            byId.put(e.id(), e);
        }
        return new Relabels(file, byId);
    }

    public Path file() {
        return file;
    }

    public int size() {
        return byId.size();
    }

    /** {@code rows} with each relabeled row's sentiment and concern replaced; the rest unchanged, in order. */
    public Applied apply(List<LabeledExample> rows) {
        List<LabeledExample> out = new ArrayList<>(rows.size());
        Set<String> seen = new HashSet<>();
        int replaced = 0;
        int concernChanged = 0;
        int sentimentChanged = 0;
        int mismatch = 0;
        for (LabeledExample row : rows) {
            LabeledExample re = byId.get(row.id());
            if (re == null) {
                out.add(row);
                continue;
            }
            seen.add(row.id());
            if (!NewsReadersImporter.normalize(re.text()).equals(NewsReadersImporter.normalize(row.text()))) {
                mismatch++;
                out.add(row);
                continue;
            }
            replaced++;
            if (!java.util.Objects.equals(re.concern(), row.concern())) {
                concernChanged++;
            }
            if (re.sentiment() != row.sentiment()) {
                sentimentChanged++;
            }
            out.add(new LabeledExample(row.id(), row.text(), re.sentiment(), re.concern(), row.intensity(),
                    row.emotions(), row.soft(), row.thread()));
        }
        int notFound = (int) byId.keySet().stream().filter(id -> !seen.contains(id)).count();
        return new Applied(out, replaced, concernChanged, sentimentChanged, mismatch, notFound);
    }
}
