package io.commentpulse.spark;

import io.commentpulse.extract.Article;
import io.commentpulse.extract.BadPageException;
import io.commentpulse.extract.Comment;
import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.PageResult;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ScoreColumns;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs on the executors: extracts each page of a partition and scores its comments in batches, handing on one
 * {@link PageOutcome} per page, in input order. Pages stream: at most two batches of comments are held at a time.
 */
final class PageScoring implements FlatMapFunction<Iterator<PageRef>, PageOutcome> {
    private static final long serialVersionUID = 1L;
    private final String zone;
    private final long maxBytes;
    private final String modelName;
    private final String modelPath;
    private final boolean announce;

    PageScoring(ZoneId zone, long maxBytes, String modelName, String modelPath, boolean announce) {
        this.zone = zone.getId();
        this.maxBytes = maxBytes;
        this.modelName = modelName;
        this.modelPath = modelPath;
        this.announce = announce;
    }

    @Override
    public Iterator<PageOutcome> call(Iterator<PageRef> pages) {
        Extractor extractor = new Extractor(new ExtractOptions(ZoneId.of(zone), maxBytes));
        Scorer scorer = ExecutorModel.scorer(modelName, modelPath, announce);
        return new Outcomes(pages, extractor, scorer);
    }

    /** A page whose rows are being scored. */
    private static final class Pending {
        final PageOutcome page;
        final int expected;
        final List<List<String>> rows = new ArrayList<>();

        Pending(PageOutcome page, int expected) {
            this.page = page;
            this.expected = expected;
        }

        PageOutcome done() {
            return new PageOutcome(page.index(), page.path(), null, page.warnings(), page.articleId(), page.title(),
                    page.source(), page.published(), rows);
        }
    }

    private static final class Outcomes implements Iterator<PageOutcome> {
        private final Iterator<PageRef> pages;
        private final Extractor extractor;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final Deque<PageOutcome> ready = new ArrayDeque<>();
        private final BatchingWriter writer;
        private boolean flushed;

        Outcomes(Iterator<PageRef> pages, Extractor extractor, Scorer scorer) {
            this.pages = pages;
            this.extractor = extractor;
            // scored rows arrive in the order they were added: they belong to the oldest page still missing rows
            this.writer = new BatchingWriter(scorer, Scorers.DEFAULT_BATCH, (cells, score) -> {
                List<String> row = new ArrayList<>(cells);
                row.addAll(ScoreColumns.values(score));
                Pending p = pending.stream().filter(x -> x.rows.size() < x.expected).findFirst().orElseThrow();
                p.rows.add(row);
            });
        }

        @Override
        public boolean hasNext() {
            try {
                while (ready.isEmpty()) {
                    if (pages.hasNext()) {
                        add(pages.next());
                    } else if (!flushed) {
                        writer.flush();
                        writer.close();
                        flushed = true;
                    } else {
                        break;
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

        private void add(PageRef ref) throws IOException {
            PageResult r;
            List<String> warnings = new ArrayList<>();
            try {
                r = extract(ref, warnings);
            } catch (BadPageException e) {
                pending.addLast(new Pending(PageOutcome.failed(ref, e.getMessage()), 0));
                return;
            }
            Article a = r.article();
            PageOutcome page = new PageOutcome(ref.index(), ref.path(), null, warnings, a.articleId(), a.title(),
                    a.sourceFile(), a.published() == null ? null : a.published().toString(), List.of());
            pending.addLast(new Pending(page, r.comments().size()));
            for (Comment c : r.comments()) {
                writer.add(CommentCsv.row(a, c), c.text());
            }
        }

        private PageResult extract(PageRef ref, List<String> warnings) throws BadPageException {
            if (!ref.location().contains("://")) {
                return extractor.extract(Path.of(ref.path()), Path.of(ref.location()), warnings::add);
            }
            byte[] bytes;
            java.time.Instant modified;
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(ref.location());
                FileSystem fs = FileSystem.get(URI.create(ref.location()), new Configuration());
                org.apache.hadoop.fs.FileStatus st = fs.getFileStatus(p);
                long max = extractor.options().maxBytes();
                if (st.getLen() > max) {
                    throw new BadPageException(String.format(java.util.Locale.ROOT,
                            "page is %.1f MB, over the %.0f MB limit (raise it with --max-page-mb)",
                            st.getLen() / 1048576.0, max / 1048576.0));
                }
                modified = java.time.Instant.ofEpochMilli(st.getModificationTime());
                try (FSDataInputStream in = fs.open(p)) {
                    bytes = in.readAllBytes();
                }
            } catch (IOException e) {
                throw new BadPageException("cannot read: " + e.getMessage());
            }
            return extractor.extract(Path.of(ref.path().substring(ref.path().indexOf("://") + 3)), bytes, modified, warnings::add);
        }

        /** Hands on, in order, the pages at the head whose rows are all scored. */
        private void release() {
            while (!pending.isEmpty() && pending.peekFirst().rows.size() == pending.peekFirst().expected) {
                Pending p = pending.removeFirst();
                ready.addLast(p.page.ok() ? p.done() : p.page);
            }
        }
    }
}
