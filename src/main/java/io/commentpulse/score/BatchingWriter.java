package io.commentpulse.score;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows with their texts, scores them a batch at a time and hands each scored row on, so any input size
 * streams through in constant memory.
 */
public final class BatchingWriter implements AutoCloseable {
    /** Receives a row's own cells followed by its score. */
    public interface Sink {
        void accept(List<String> cells, Score score) throws IOException;
    }

    private final Scorer scorer;
    private final int batchSize;
    private final Sink sink;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private long scored;

    public BatchingWriter(Scorer scorer, int batchSize, Sink sink) {
        this.scorer = scorer;
        this.batchSize = batchSize;
        this.sink = sink;
    }

    public void add(List<String> cells, String text) throws IOException {
        rows.add(cells);
        texts.add(text);
        if (rows.size() >= batchSize) {
            flush();
        }
    }

    public void flush() throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<Score> scores = scorer.score(texts);
        for (int i = 0; i < rows.size(); i++) {
            sink.accept(rows.get(i), scores.get(i));
        }
        scored += rows.size();
        rows.clear();
        texts.clear();
    }

    public long scored() {
        return scored;
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
