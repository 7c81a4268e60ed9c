package io.commentpulse.spark;

import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs on the executors: scores a partition of a comment table in batches, streaming. Its rows come back in chunks (as
 * {@link PageOutcome}s without an article) so that the driver and the report treat them like a page's rows.
 */
final class TableScoring implements FlatMapFunction<Iterator<Row>, PageOutcome> {
    private static final long serialVersionUID = 1L;
    private final int columns;
    private final int textColumn;
    private final String modelName;
    private final String modelPath;
    private final boolean announce;
    private final double threshold;

    TableScoring(int columns, int textColumn, String modelName, String modelPath, boolean announce, double threshold) {
        this.columns = columns;
        this.textColumn = textColumn;
        this.modelName = modelName;
        this.modelPath = modelPath;
        this.announce = announce;
        this.threshold = threshold;
    }

    @Override
    public Iterator<PageOutcome> call(Iterator<Row> rows) {
        Scorer scorer = ExecutorModel.scorer(modelName, modelPath, announce);
        return new Chunks(rows, scorer, threshold, columns, textColumn);
    }

    /** Scored rows handed on a batch at a time, as they are scored. */
    private static final class Chunks extends ScoredStream<Row> {
        private final int columns;
        private final int textColumn;
        private List<List<String>> chunk = new ArrayList<>();

        Chunks(Iterator<Row> rows, Scorer scorer, double threshold, int columns, int textColumn) {
            super(rows, scorer, threshold);
            this.columns = columns;
            this.textColumn = textColumn;
        }

        @Override
        protected void add(Row r) throws IOException {
            writer.add(CommentTables.cells(r, columns), CommentTables.text(r, textColumn));
        }

        @Override
        protected void scored(List<String> row) {
            chunk.add(row);
            if (chunk.size() == Scorers.DEFAULT_BATCH) {
                ready.add(rowsOnly(chunk));
                chunk = new ArrayList<>();
            }
        }

        @Override
        protected void finish() {
            if (!chunk.isEmpty()) {
                ready.add(rowsOnly(chunk));
                chunk = new ArrayList<>();
            }
        }
    }

    private static PageOutcome rowsOnly(List<List<String>> rows) {
        return new PageOutcome(-1, "", null, List.of(), null, null, null, null, rows, null);
    }
}
