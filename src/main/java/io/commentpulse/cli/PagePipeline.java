package io.commentpulse.cli;

import io.commentpulse.extract.Comment;
import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.PageResult;
import io.commentpulse.extract.PageWalk;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ScoreColumns;
import io.commentpulse.score.Scorer;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extract → score in one streaming pass: pages are extracted one at a time, their comments scored in batches and
 * written to the scored CSV (and, when asked, to a plain comments CSV), both atomically.
 */
final class PagePipeline {
    static final int SCORE_BATCH = 4096;

    private PagePipeline() {
    }

    /**
     * Returns the number of comments scored, or -1 when no page could be read (then nothing is written, so a good
     * previous output stays). {@code commentsFile} may be null; {@code onPage} sees every page. The scored CSV's
     * concerned column means concern at or above {@code threshold}.
     */
    static long run(PageWalk walk, List<Path> pages, Scorer scorer, double threshold, Path scoredFile, Path commentsFile,
                    boolean progress, Consumer<PageResult> onPage) throws IOException {
        List<String> header = new ArrayList<>(CommentCsv.HEADER);
        header.addAll(ScoreColumns.HEADER);
        try (AtomicOutput sf = AtomicOutput.open(scoredFile);
             AtomicOutput cf = commentsFile == null ? null : AtomicOutput.open(commentsFile);
             CSVPrinter scored = Csv.printer(sf.writer(), header.toArray(String[]::new));
             CSVPrinter comments = cf == null ? null : Csv.printer(cf.writer(), CommentCsv.HEADER.toArray(String[]::new));
             BatchingWriter w = new BatchingWriter(scorer, SCORE_BATCH, (cells, s) -> {
                 List<String> row = new ArrayList<>(cells);
                 row.addAll(ScoreColumns.values(s, threshold));
                 scored.printRecord(row);
             })) {
            walk.run(pages, progress, r -> {
                onPage.accept(r);
                try {
                    for (Comment c : r.comments()) {
                        List<String> row = CommentCsv.row(r.article(), c);
                        if (comments != null) {
                            comments.printRecord(row);
                        }
                        w.add(row, c.text());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
            if (walk.pagesRead() == 0) {
                return -1;   // no page read (a mistyped path): the previous outputs stay as they were
            }
            scored.flush();
            sf.commit();
            if (cf != null) {
                comments.flush();
                cf.commit();
            }
            return w.scored();
        }
    }
}
