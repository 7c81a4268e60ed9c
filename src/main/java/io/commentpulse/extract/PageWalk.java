package io.commentpulse.extract;

import io.commentpulse.io.Progress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extracts every page under the given paths in order, one page in memory at a time, handing each result on.
 * A page that fails is reported as one line on {@code err} ("FILE: reason") and counted; the rest go on.
 */
public final class PageWalk {
    /** A page that could not be extracted. */
    public record Failure(Path path, String reason) {
    }

    private final Extractor extractor;
    private final PrintStream err;
    private final List<Failure> failures = new ArrayList<>();
    private int pages;
    private int warnings;
    private long comments;

    public PageWalk(Extractor extractor, PrintStream err) {
        this.extractor = extractor;
        this.err = err;
    }

    public void run(List<Path> inputs, boolean progress, Consumer<PageResult> sink) {
        List<PageSource.Problem> problems = new ArrayList<>();
        List<Path> files = PageSource.expand(inputs, problems);
        for (PageSource.Problem p : problems) {
            fail(p.path(), p.reason());
        }
        for (Path in : inputs) {
            if (Files.isDirectory(in) && files.stream().noneMatch(f -> f.startsWith(in))) {
                warnings++;
                err.println("pulse: " + in + ": warning: no pages in it (.html, .htm, .txt, .mhtml, .mht or .webarchive files)");
            }
        }
        Progress bar = new Progress("pages", files.size(), progress);
        int done = 0;
        for (Path f : files) {
            try {
                PageResult r = extractor.extract(f, w -> {
                    warnings++;
                    err.println("pulse: " + f + ": warning: " + w);
                });
                pages++;
                comments += r.comments().size();
                sink.accept(r);
            } catch (BadPageException e) {
                fail(f, e.getMessage());
            }
            bar.update(++done, comments + " comments");
        }
    }

    private void fail(Path path, String reason) {
        failures.add(new Failure(path, reason));
        err.println("pulse: " + path + ": " + reason);
    }

    public List<Failure> failures() {
        return failures;
    }

    public int warnings() {
        return warnings;
    }

    public int pagesRead() {
        return pages;
    }

    public long commentsFound() {
        return comments;
    }
}
