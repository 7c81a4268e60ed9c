package io.commentpulse.cli;

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

    static LabeledInputs read(List<Path> paths, boolean quiet) throws IOException {
        LabeledInputs in = new LabeledInputs();
        if (paths == null) {
            return in;
        }
        for (Path p : paths) {
            LabeledCsv.Result r;
            try {
                r = LabeledCsv.read(p);
            } catch (LabeledCsv.BadFileException e) {
                throw new UsageException(e.getMessage());
            }
            if (!quiet || !r.messages().isEmpty()) {
                LabeledCsv.report(r, System.err);
            }
            in.files.add(new Provenance.DataFile(p, r.rows().size()));
            String name = p.getFileName().toString().replaceFirst("\\.csv$", "");
            in.byName.put(in.byName.containsKey(name) ? p.toString() : name, r.rows());
            in.all.addAll(r.rows());
        }
        return in;
    }
}
