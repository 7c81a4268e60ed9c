package io.commentpulse.spark;

import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ScoreColumns;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The executors' side of a partition: inputs (pages, table rows) go in one at a time, their texts are scored in
 * batches, and outcomes come out in input order as soon as their rows are scored, so that at most about two
 * batches are held at once. Subclasses say what an input adds and where a scored row goes.
 *
 * @param <I> the partition's inputs
 */
abstract class ScoredStream<I> implements Iterator<PageOutcome> {
    private final Iterator<I> inputs;
    /** Outcomes ready to hand on, in input order. */
    protected final Deque<PageOutcome> ready = new ArrayDeque<>();
    /** Scores what {@link #add} gives it; each row comes back, with its score cells, through {@link #scored}. */
    protected final BatchingWriter writer;
    private boolean finished;

    /** Scores with {@code scorer}; the concerned column means concern at or above {@code threshold}. */
    ScoredStream(Iterator<I> inputs, Scorer scorer, double threshold) {
        this.inputs = inputs;
        this.writer = new BatchingWriter(scorer, Scorers.DEFAULT_BATCH, (cells, score) -> {
            List<String> row = new ArrayList<>(cells);
            row.addAll(ScoreColumns.values(score, threshold));
            scored(row);
        });
    }

    /** Takes one input: hands its rows to {@link #writer}, and what it holds besides. */
    protected abstract void add(I input) throws IOException;

    /** A scored row (its cells, then the score cells), in the order the rows were added. */
    protected abstract void scored(List<String> row);

    /** After each input and at the end: moves what is complete to {@link #ready}. */
    protected void release() {
    }

    /** After the last input's rows are scored. */
    protected void finish() {
    }

    @Override
    public boolean hasNext() {
        try {
            while (ready.isEmpty() && !finished) {
                if (inputs.hasNext()) {
                    add(inputs.next());
                } else {
                    writer.flush();
                    writer.close();
                    finished = true;
                    finish();
                }
                release();
            }
            return !ready.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PageOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }
}
