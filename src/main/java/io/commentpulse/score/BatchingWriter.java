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
 *
 * <p>A row whose text is empty or blank is not scored (a model has nothing to read there, and would still answer
 * with confident-looking numbers): it is handed on in its place with a null score.
 */
public final class BatchingWriter implements AutoCloseable {
    /** Receives a row's own cells followed by its score. */
    public interface Sink {
        /** {@code score} is null for a row whose text is blank. */
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
    private long unscored;

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
        pending = CompletableFuture.supplyAsync(() -> scoreNonBlank(batch), scoring);
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
            Score s = scores.get(i);
            sink.accept(pendingRows.get(i), s);
            if (s == null) {
                unscored++;
            } else {
                scored++;
            }
        }
        pendingRows = null;
    }

    /** Scores the batch's non-blank texts; blank ones get null, in their place. */
    private List<Score> scoreNonBlank(List<String> batch) {
        List<String> present = new ArrayList<>(batch.size());
        for (String t : batch) {
            if (!isBlank(t)) {
                present.add(io.commentpulse.io.ControlChars.strip(t));
            }
        }
        if (present.size() == batch.size()) {
            return scorer.score(present);
        }
        List<Score> some = present.isEmpty() ? List.of() : scorer.score(present);
        List<Score> all = new ArrayList<>(batch.size());
        int k = 0;
        for (String t : batch) {
            all.add(isBlank(t) ? null : some.get(k++));
        }
        return all;
    }

    /** Nothing a reader would see (blank, or only control and zero-width characters): not scored. */
    private static boolean isBlank(String text) {
        return !io.commentpulse.io.ControlChars.hasVisible(text);
    }

    /** Rows handed on with a score. */
    public long scored() {
        return scored;
    }

    /** Rows handed on without one, their text being blank. */
    public long unscored() {
        return unscored;
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
