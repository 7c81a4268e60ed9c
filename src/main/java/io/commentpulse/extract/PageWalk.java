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

    private final List<Path> excluded = new ArrayList<>();
    private final CopiedComments copied = new CopiedComments();
    private boolean keepCopies;

    public PageWalk(Extractor extractor, PrintStream err) {
        this.extractor = extractor;
        this.err = err;
    }

    /**
     * Leaves out {@code path} (a file or a folder) where a folder walk finds it: the command's own output, so that a
     * run whose --out lies inside the folder it reads does not read its previous report and tables as pages.
     */
    public PageWalk excluding(Path path) {
        excluded.add(path.toAbsolutePath().normalize());
        return this;
    }

    /** Reads every page as it is: no page is taken for a copy of another and counted once. */
    public PageWalk keepingCopies() {
        keepCopies = true;
        return this;
    }

    public void run(List<Path> inputs, boolean progress, Consumer<PageResult> sink) {
        List<PageSource.Problem> problems = new ArrayList<>();
        List<Path> listed = PageSource.expand(inputs, problems);
        for (PageSource.Problem p : problems) {
            fail(p.path(), p.reason());
        }
        // each file once, however often it is named; never the command's own outputs
        List<Path> files = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        java.util.Set<Path> skippedOwn = new java.util.LinkedHashSet<>();
        for (Path f : listed) {
            Path abs = f.toAbsolutePath().normalize();
            Path own = excluded.stream().filter(abs::startsWith).findFirst().orElse(null);
            if (own != null || abs.toString().contains("/.pulse-staging-")) {
                skippedOwn.add(own == null ? abs.getParent() : own);
            } else if (!seen.add(abs)) {
                warnings++;
                err.println("pulse: " + f + ": warning: named more than once; read once");
            } else {
                files.add(f);
            }
        }
        for (Path own : skippedOwn) {
            err.println("pulse: " + own + ": this command's own output; not read as pages");
        }
        for (Path in : inputs) {
            if (Files.isDirectory(in) && files.stream().noneMatch(f -> f.startsWith(in))) {
                warnings++;
                err.println("pulse: " + in + ": warning: no pages in it (.html, .htm, .txt, .mhtml, .mht or .webarchive files)");
            }
        }
        if (!keepCopies) {
            files = CopiedComments.textCopiesLast(files, Path::toString);
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
                if (r.comments().isEmpty() && looksLikeATableOfComments(f)) {
                    warnings++;
                    err.println("pulse: " + f + ": warning: no comments found, and its first line reads like the "
                            + "header of a table of comments: name the file .csv or .tsv (or give --format csv) to read "
                            + "it as one");
                }
                // a copy of a page already read (the same comments, or their texts in another format or a later save):
                // what was read is counted once
                if (!keepCopies) {
                    CopiedComments.Verdict v = copied.judge(f.toString(), CopiedComments.Prints.of(r.comments()));
                    if (v.count() > 0) {
                        warnings++;
                        err.println("pulse: " + f + ": warning: " + v.warning());
                        r = new PageResult(r.article(), v.kept(r.comments()), r.warnings());
                    }
                }
                comments += r.comments().size();
                sink.accept(r);
            } catch (BadPageException e) {
                fail(f, e.getMessage());
            }
            bar.update(++done, comments + " comments");
        }
    }

    private static final java.util.Set<String> TEXT_COLUMNS = java.util.Set.of("text", "body", "comment", "message",
            "content", "comment_text", "comment text");

    /** A plain-text "page" whose first line is a delimited header naming a text column (a CSV saved as .txt). */
    private static boolean looksLikeATableOfComments(Path f) {
        if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        try (java.io.BufferedReader r = io.commentpulse.io.Csv.open(f)) {
            String first = r.readLine();
            if (first == null) {
                return false;
            }
            for (String cell : first.split("[\t,;]")) {
                if (TEXT_COLUMNS.contains(cell.strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT))
                        && first.split("[\t,;]").length >= 2) {
                    return true;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
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
