package io.commentpulse.score;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Collects rows with their texts, scores them a batch at a time and hands each scored row on, in input order, so any
 * input size streams through in constant memory (two batches at most). A full batch is scored on a background
 * thread while the caller goes on reading the next one and writing the previous one's rows, so input and output
 * overlap with scoring.
 */
public final class BatchingWriter implements AutoCloseable {
    /** Receives a row's own cells followed by its score. */
    public interface Sink {
        void accept(List<String> cells, Score score) throws IOException;
    }

    private final Scorer scorer;
    private final int batchSize;
    private final Sink sink;
    private final ExecutorService scoring = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pulse-scoring");
        t.setDaemon(true);
        return t;
    });
    private List<List<String>> rows = new ArrayList<>();
    private List<String> texts = new ArrayList<>();
    private List<List<String>> pendingRows;
    private CompletableFuture<List<Score>> pending;
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
            submit();
        }
    }

    /** Scores and hands on everything added so far. */
    public void flush() throws IOException {
        submit();
        drain();
    }

    /** Starts scoring the current batch once the previous one has been handed on. */
    private void submit() throws IOException {
        drain();
        if (rows.isEmpty()) {
            return;
        }
        List<String> batch = texts;
        pendingRows = rows;
        pending = CompletableFuture.supplyAsync(() -> scorer.score(batch), scoring);
        rows = new ArrayList<>();
        texts = new ArrayList<>();
    }

    /** Waits for the batch being scored and hands its rows to the sink. */
    private void drain() throws IOException {
        if (pending == null) {
            return;
        }
        List<Score> scores;
        try {
            scores = pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        } finally {
            pending = null;
        }
        for (int i = 0; i < pendingRows.size(); i++) {
            sink.accept(pendingRows.get(i), scores.get(i));
        }
        scored += pendingRows.size();
        pendingRows = null;
    }

    public long scored() {
        return scored;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            scoring.shutdownNow();
        }
    }
}
