package io.commentpulse.cli;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.input.DisqusExport;
import io.commentpulse.input.FieldMapping;
import io.commentpulse.input.JsonComments;
import io.commentpulse.input.RedditThread;
import io.commentpulse.input.WordPressExport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Options for comment files (CSV, JSON Lines, a JSON array, Disqus and WordPress exports, a saved Reddit thread):
 * which format, which fields, and their conversion to the comments CSV the scorer takes.
 */
final class CommentFileOptions {
    @Option(names = "--format", defaultValue = "auto", paramLabel = "F", description = "How to read comment files: "
            + "auto (default: by name and content), csv, jsonl, json, disqus, wxr or reddit.")
    String format;

    @Mixin
    ColumnOptions columns;

    private static final List<String> FORMATS = List.of("auto", "csv", "jsonl", "json", "disqus", "wxr", "reddit");

    private String format() {
        String f = format == null ? "auto" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new UsageException("--format must be one of " + String.join(", ", FORMATS) + ", not '" + format + "'");
        }
        return f;
    }

    /** How ambiguous numeric dates are read: --date-order, checked. */
    DataTimestamps.DateOrder dateOrder() {
        return columns.dateOrder();
    }

    private boolean mapped() {
        return columns.named();
    }

    private static boolean isCsv(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv");   // the delimiter is read from the header line
    }

    /**
     * The inputs with each folder that holds no page but comment files (a folder of CSV, JSON or XML exports) given
     * as those files, sorted, and said so on stderr; a folder with pages stays a folder of pages.
     */
    List<Path> withExportFolders(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                out.add(in);
                continue;
            }
            List<Path> files;
            try (java.util.stream.Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add(in);   // the page walk names what cannot be listed
                continue;
            }
            if (files.stream().anyMatch(io.commentpulse.extract.PageSource::isPageName)) {
                out.add(in);   // a folder of pages (which may hold other files too) is read for its pages
                continue;
            }
            List<Path> exports = files.stream().filter(f -> isCsv(f) || JsonComments.isJson(f) || DisqusExport.is(f)
                    || WordPressExport.is(f)).toList();
            if (exports.isEmpty()) {
                out.add(in);
                continue;
            }
            System.err.printf("pulse: %s: no pages in it; reading its %d comment file%s%n", in, exports.size(),
                    exports.size() == 1 ? "" : "s");
            out.addAll(exports);
        }
        return out;
    }

    /** A comment file rather than a page: a CSV, an export, or anything --format names. */
    boolean commentFile(Path p) {
        return !format().equals("auto") || isCsv(p) || converts(p);
    }

    /** A comment file that is converted first: an export, or a CSV whose columns are mapped. */
    boolean converts(Path p) {
        String f = format();
        if (f.equals("csv")) {
            return mapped() || needsMapping(p);
        }
        if (!f.equals("auto")) {
            return true;
        }
        return isCsv(p) ? mapped() || needsMapping(p) : JsonComments.isJson(p) || DisqusExport.is(p) || WordPressExport.is(p);
    }

    /** A CSV whose header puts a part of a comment in a column named otherwise ({@link FieldMapping#needsMapping}). */
    private static boolean needsMapping(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;   // named as missing where it is read
        }
        try (io.commentpulse.io.RecoveringCsv c = io.commentpulse.io.RecoveringCsv.open(p, (line, problem) -> { })) {
            return FieldMapping.needsMapping(new java.util.LinkedHashSet<>(c.header()));
        } catch (IOException | RuntimeException e) {
            return false;   // its header is named as unreadable where it is read
        }
    }

    /**
     * Each JSON input written as a comments CSV in {@code dir}, in order, each with the file it was read from; a
     * JSON file that does not exist is named and counted in {@code failed[0]}.
     */
    List<CommentFileScoring.Input> convert(List<Path> jsons, Path dir, ZoneId zone, int[] failed) throws IOException {
        DataTimestamps.DateOrder order = dateOrder();
        FieldMapping given = columns.given();
        List<CommentFileScoring.Input> out = new ArrayList<>();
        int i = 0;
        for (Path in : jsons) {
            if (!Files.isRegularFile(in)) {
                System.err.println("pulse: " + in + ": no such file");
                failed[0]++;
                continue;
            }
            Path csv = dir.resolve((i++) + "-" + in.getFileName() + ".csv");
            String f = format();
            if (f.equals("disqus") || f.equals("auto") && DisqusExport.is(in)) {
                DisqusExport.Result d = DisqusExport.toCsv(in, csv, zone, System.err);
                System.err.printf("pulse: %s: Disqus export: %d comments read, %d deleted and %d spam left out%s%n", in,
                        d.rows(), d.deleted(), d.spam(), d.skipped() > 0 ? ", " + d.skipped() + " skipped" : "");
                failed[0] += d.skipped() > 0 ? 1 : 0;
                out.add(new CommentFileScoring.Input(csv, in));
                continue;
            }
            if (f.equals("csv") || f.equals("auto") && isCsv(in)) {
                JsonComments.Result c = JsonComments.fromCsv(in, csv, given, zone, order, System.err);
                System.err.printf("pulse: %s: %d comments read%s%n", in, c.rows(),
                        c.skipped() > 0 ? ", " + c.skipped() + " records skipped" : "");
                failed[0] += c.skipped() > 0 ? 1 : 0;
                out.add(new CommentFileScoring.Input(csv, in));
                continue;
            }
            if (f.equals("reddit") || f.equals("auto") && RedditThread.is(in)) {
                RedditThread.Result t = RedditThread.toCsv(in, csv);
                System.err.printf("pulse: %s: Reddit thread: %d comments read, %d [deleted]/[removed] left out, %d "
                        + "\"load more\" stubs not in the file%n", in, t.rows(), t.deleted(), t.more());
                out.add(new CommentFileScoring.Input(csv, in));
                continue;
            }
            if (f.equals("wxr") || f.equals("auto") && WordPressExport.is(in)) {
                WordPressExport.Result w = WordPressExport.toCsv(in, csv, zone, System.err);
                System.err.printf("pulse: %s: WordPress export: %d comments read, %d pingbacks/trackbacks and %d not "
                        + "approved left out%s%n", in, w.rows(), w.pingbacks(), w.unapproved(),
                        w.skipped() > 0 ? ", " + w.skipped() + " skipped" : "");
                failed[0] += w.skipped() > 0 ? 1 : 0;
                out.add(new CommentFileScoring.Input(csv, in));
                continue;
            }
            JsonComments.Result r = JsonComments.toCsv(in, csv, given, zone, order, System.err);
            System.err.printf("pulse: %s: %d comments read%s%n", in, r.rows(),
                    r.skipped() > 0 ? ", " + r.skipped() + " records skipped" : "");
            failed[0] += r.skipped() > 0 ? 1 : 0;
            out.add(new CommentFileScoring.Input(csv, in));
        }
        return out;
    }
}
