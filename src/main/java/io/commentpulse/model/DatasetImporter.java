package io.commentpulse.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Converts one public labeled format to canonical rows, following ../shared/data/README.md exactly. */
public interface DatasetImporter {
    /** The format name used on the command line. */
    String name();

    /** One line for help output: what SRC is. */
    String source();

    List<LabeledExample> read(Path src) throws IOException;
}
