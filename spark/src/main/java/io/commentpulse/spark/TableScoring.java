package io.commentpulse.spark;

import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ScoreColumns;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs on the executors: scores a partition of a comment table in batches. Its rows come back in chunks (as
 * {@link PageOutcome}s without an article) so that the driver and the report treat them like a page's rows.
 */
final class TableScoring implements FlatMapFunction<Iterator<Row>, PageOutcome> {
    private static final long serialVersionUID = 1L;
    private final int columns;
    private final int textColumn;
    private final String modelName;
    private final String modelPath;
    private final boolean announce;

    TableScoring(int columns, int textColumn, String modelName, String modelPath, boolean announce) {
        this.columns = columns;
        this.textColumn = textColumn;
        this.modelName = modelName;
        this.modelPath = modelPath;
        this.announce = announce;
    }

    @Override
    public Iterator<PageOutcome> call(Iterator<Row> rows) throws IOException {
        Scorer scorer = ExecutorModel.scorer(modelName, modelPath, announce);
        List<PageOutcome> chunks = new ArrayList<>();
        List<List<String>> chunk = new ArrayList<>();
        // a partition is scored whole; its rows are handed on in chunks of one batch
        try (BatchingWriter w = new BatchingWriter(scorer, Scorers.DEFAULT_BATCH, (cells, s) -> {
            List<String> row = new ArrayList<>(cells);
            row.addAll(ScoreColumns.values(s));
            chunk.add(row);
            if (chunk.size() == Scorers.DEFAULT_BATCH) {
                chunks.add(rowsOnly(new ArrayList<>(chunk)));
                chunk.clear();
            }
        })) {
            while (rows.hasNext()) {
                Row r = rows.next();
                w.add(CommentTables.cells(r, columns), CommentTables.text(r, textColumn));
            }
            w.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!chunk.isEmpty()) {
            chunks.add(rowsOnly(chunk));
        }
        return chunks.iterator();
    }

    private static PageOutcome rowsOnly(List<List<String>> rows) {
        return new PageOutcome(-1, "", null, List.of(), null, null, null, null, rows);
    }
}
