package io.commentpulse.spark;

import io.commentpulse.extract.Article;
import io.commentpulse.extract.BadPageException;
import io.commentpulse.extract.Comment;
import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.FolderFrames;
import io.commentpulse.extract.Frames;
import io.commentpulse.extract.PageDecoder;
import io.commentpulse.extract.PageResult;
import io.commentpulse.score.Scorer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

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
    private final double threshold;

    PageScoring(ZoneId zone, long maxBytes, String modelName, String modelPath, boolean announce, double threshold) {
        this.zone = zone.getId();
        this.maxBytes = maxBytes;
        this.modelName = modelName;
        this.modelPath = modelPath;
        this.announce = announce;
        this.threshold = threshold;
    }

    @Override
    public Iterator<PageOutcome> call(Iterator<PageRef> pages) {
        Extractor extractor = new Extractor(new ExtractOptions(ZoneId.of(zone), maxBytes));
        TaskContext task = TaskContext.get();
        if (announce && task != null) {
            // one line per partition in the executor's log, before the model loads: which JVM took which pages (a
            // rerun shows here, also of a partition whose first JVM died while loading the model)
            System.err.printf("pulse-spark: executor JVM %d scores partition %d (stage %d, attempt %d)%n",
                    ProcessHandle.current().pid(), task.partitionId(), task.stageId(), task.attemptNumber());
        }
        Scorer scorer = ExecutorModel.scorer(modelName, modelPath, announce);
        return new Outcomes(pages, extractor, scorer, threshold);
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
                    page.source(), page.published(), rows, page.prints());
        }
    }

    private static final class Outcomes extends ScoredStream<PageRef> {
        private final Extractor extractor;
        private final Deque<Pending> pending = new ArrayDeque<>();

        Outcomes(Iterator<PageRef> pages, Extractor extractor, Scorer scorer, double threshold) {
            super(pages, scorer, threshold);
            this.extractor = extractor;
        }

        /** Scored rows arrive in the order they were added: they belong to the oldest page still missing rows. */
        @Override
        protected void scored(List<String> row) {
            pending.stream().filter(x -> x.rows.size() < x.expected).findFirst().orElseThrow().rows.add(row);
        }

        @Override
        protected void add(PageRef ref) throws IOException {
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
                    a.sourceFile(), a.published() == null ? null : CommentCsv.iso(a.published(), a.publishedDateOnly()),
                    List.of(), io.commentpulse.extract.CopiedComments.Prints.of(r.comments()));
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
                FileSystem fs = p.getFileSystem(new Configuration());   // (an address with a space is no java.net.URI)
                org.apache.hadoop.fs.FileStatus st = fs.getFileStatus(p);
                long max = extractor.options().maxBytes();
                if (st.getLen() > max) {
                    throw PageDecoder.tooLarge(st.getLen(), max);
                }
                modified = java.time.Instant.ofEpochMilli(st.getModificationTime());
                try (FSDataInputStream in = fs.open(p)) {
                    bytes = in.readAllBytes();
                }
            } catch (IOException e) {
                throw new BadPageException("cannot read: " + e.getMessage());
            }
            return extractor.extract(Path.of(ref.path().substring(ref.path().indexOf("://") + 3)), bytes, modified,
                    savedBeside(ref.location()), warnings::add);
        }

        /** The frames a "Webpage, Complete" save keeps beside the page at {@code location}, on its file system. */
        private static Frames savedBeside(String location) {
            URI page = new org.apache.hadoop.fs.Path(location).toUri();
            return new FolderFrames(page, (file, max) -> {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
                FileSystem fs = FileSystem.get(file, new Configuration());
                if (!fs.exists(p) || !fs.getFileStatus(p).isFile() || fs.getFileStatus(p).getLen() > max) {
                    return null;
                }
                try (FSDataInputStream in = fs.open(p)) {
                    return in.readAllBytes();
                }
            });
        }

        /** Hands on, in order, the pages at the head whose rows are all scored. */
        @Override
        protected void release() {
            while (!pending.isEmpty() && pending.peekFirst().rows.size() == pending.peekFirst().expected) {
                Pending p = pending.removeFirst();
                ready.addLast(p.page.ok() ? p.done() : p.page);
            }
        }
    }
}
