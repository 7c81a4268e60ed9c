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

    /**
     * The rows of one part of the source's own split by unit (news item, page), or all rows when {@code split} is
     * null. A source without such a split refuses a part.
     */
    default List<LabeledExample> read(Path src, UnitSplit split) throws IOException {
        if (split != null) {
            throw new IllegalArgumentException(name() + " has no split of its own; --split is for bu-nemo and news-readers");
        }
        return read(src);
    }
}
