package io.commentpulse.cli;

import io.commentpulse.io.Hashing;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.Provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the labeled CSVs named on a command line, reporting problems on stderr. */
final class LabeledInputs {
    final List<Provenance.DataFile> files = new ArrayList<>();
    final Map<String, List<LabeledExample>> byName = new LinkedHashMap<>();
    final List<LabeledExample> all = new ArrayList<>();
    /** Rows of all the files that could not be used (bad labels, empty text, broken rows). */
    int skipped;

    /** Files that could not be read at all, where the caller reads on past them ({@link #readEach}). */
    int badFiles;

    static LabeledInputs read(List<Path> paths, boolean quiet) throws IOException {
        return read(paths, quiet, false);
    }

    /**
     * As {@link #read}, but a file that cannot be read at all is named and counted in {@link #badFiles} and the others
     * are still read (what evaluate does: one figure per file); a usage error only when none can be read.
     */
    static LabeledInputs readEach(List<Path> paths, boolean quiet) throws IOException {
        LabeledInputs in = read(paths, quiet, true);
        if (paths != null && !paths.isEmpty() && in.badFiles == paths.size()) {
            throw new UsageException("no labeled file could be read (named above)");
        }
        return in;
    }

    private static LabeledInputs read(List<Path> paths, boolean quiet, boolean readOn) throws IOException {
        LabeledInputs in = new LabeledInputs();
        if (paths == null) {
            return in;
        }
        for (Path p : paths) {
            LabeledCsv.Result r;
            try {
                r = LabeledCsv.read(p);
            } catch (LabeledCsv.BadFileException e) {
                if (!readOn) {
                    throw new UsageException(e.getMessage());
                }
                System.err.println("pulse: " + e.getMessage());
                in.badFiles++;
                continue;
            }
            if (!quiet || !r.messages().isEmpty()) {
                LabeledCsv.report(r, System.err);
            }
            // hashed as it is read, not when the manifest is written: an edit during training cannot hide
            in.files.add(new Provenance.DataFile(p, r.rows().size(), Hashing.sha256(p)));
            String name = p.getFileName().toString().replaceFirst("\\.csv$", "");
            String key = name;
            for (int k = 2; in.byName.containsKey(key); k++) {
                key = name + " #" + k; // a file named twice counts twice
            }
            in.byName.put(key, r.rows());
            in.all.addAll(r.rows());
            in.skipped += r.skipped();
        }
        return in;
    }
}
