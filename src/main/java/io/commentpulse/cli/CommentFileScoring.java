package io.commentpulse.cli;

import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.io.Progress;
import io.commentpulse.io.RaggedRecord;
import io.commentpulse.io.RecoveringCsv;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.ScoreColumns;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores comment files (CSV, and JSON converted to CSV first) into one scored CSV: the part of {@code score} that
 * {@code run} also uses when it is given comment files instead of pages. Files whose columns differ are all kept: the
 * output's columns are every input column in the order first seen, and a row leaves empty the columns its file lacks.
 * Bad records are named by line and skipped, reading on at the next record; a run that reads nothing leaves a
 * previous output as it was.
 */
final class CommentFileScoring {
    private static final int MAX_ROW_NOTES = 10;

    /** One comments CSV to read, and the file it was made from (a JSON export's own name, not its converted copy). */
    record Input(Path csv, Path source) {
        static Input of(Path csv) {
            return new Input(csv, csv);
        }
    }

    /** An input whose header was read: its columns as in the file, and as written (id as comment_id, …). */
    private record Readable(Input input, List<String> cols, List<String> outCols) {
    }

    private final Path out;
    private final int batch;
    private final boolean showProgress;
    private final double threshold;

    /** Writes {@code out}; its concerned column means concern at or above {@code threshold}. */
    CommentFileScoring(Path out, int batch, double threshold, boolean showProgress) {
        this.out = out;
        this.batch = batch;
        this.threshold = threshold;
        this.showProgress = showProgress;
    }

    /** Scores {@code csvs} and the {@code jsons} (converted with {@code json}); returns the failures, counts rows. */
    int score(List<Path> csvs, List<Path> jsons, CommentFileOptions json, ZoneId zone, Scorer scorer, long[] count)
            throws IOException {
        List<Input> all = new ArrayList<>(csvs.stream().map(Input::of).toList());
        int[] jsonFailed = {0};
        Path tmp = jsons.isEmpty() ? null : Files.createTempDirectory("pulse-json");
        try {
            if (tmp != null) {
                all.addAll(json.convert(jsons, tmp, zone, jsonFailed));
            }
            return scoreCsvs(all, scorer, count, jsonFailed[0]);
        } finally {
            if (tmp != null) {
                io.commentpulse.io.FileTrees.delete(tmp);
            }
        }
    }

    /**
     * Scores the readable inputs into {@code out}; {@code count[0]} is the rows scored, or -1 when nothing was written
     * (no input could be read, or none gave a row while some failed: a good previous output must not become
     * header-only).
     */
    private int scoreCsvs(List<Input> inputs, Scorer scorer, long[] count, int alreadyFailed) throws IOException {
        int[] failed = {alreadyFailed};
        List<Readable> readable = headers(inputs, failed);
        if (readable.isEmpty()) {
            System.err.println("pulse: no input could be read; " + out + " was not written"
                    + (Files.exists(out) ? " (the previous one is kept)" : ""));
            count[0] = -1;
            return Math.max(failed[0], 1);
        }
        Set<String> union = new LinkedHashSet<>();
        readable.forEach(r -> union.addAll(r.outCols()));
        List<String> columns = new ArrayList<>(union);
        int[] blank = {0};
        int[] badBytes = {0};
        int[] ragged = {0};
        try (AtomicOutput file = AtomicOutput.open(out)) {
            List<String> header = new ArrayList<>(columns);
            header.addAll(ScoreColumns.HEADER);
            CSVPrinter csv = Csv.printer(file.writer(), header.toArray(String[]::new));
            BatchingWriter w = new BatchingWriter(scorer, batch, (cells, s) -> {
                List<String> row = new ArrayList<>(cells);
                row.addAll(ScoreColumns.values(s, threshold));
                csv.printRecord(row);
            });
            for (Readable r : readable) {
                Path in = r.input().source();
                List<String> missing = columns.stream().filter(c -> !r.outCols().contains(c)).toList();
                if (!missing.isEmpty() && readable.size() > 1) {
                    System.err.println("pulse: " + in + ": no " + String.join(", ", missing)
                            + " column; those cells are left empty");
                }
                int[] slot = r.outCols().stream().mapToInt(columns::indexOf).toArray();
                int[] malformed = {0};
                try (RecoveringCsv p = RecoveringCsv.open(r.input().csv(), (line, problem) -> {
                    malformed[0]++;
                    System.err.printf("pulse: %s: line %d: malformed CSV record (%s); skipped, reading on at the next line%n",
                            in, line, problem);
                })) {
                    int textIdx = r.cols().indexOf("text");
                    // the id and the text must be there; a ragged row is read where it can be (RaggedRecord)
                    int idIdx = Math.max(r.cols().indexOf("id"), r.cols().indexOf("comment_id"));
                    int needed = Math.max(textIdx, idIdx) + 1;
                    Progress bar = new Progress("comments from " + in.getFileName(), 0, showProgress);
                    long fromThisFile = 0;
                    for (RecoveringCsv.Row row : p) {
                        List<String> fields = row.record().toList();
                        if (p.ragged(row)) {
                            RaggedRecord.Fit fit = p.fit(row, textIdx, idIdx, needed);
                            if (fit == null) {
                                System.err.printf("pulse: %s: line %d: expected %d fields, found %d; skipped%n", in,
                                        row.line(), r.cols().size(), row.record().size());
                                failed[0]++;
                                continue;
                            }
                            noteRow(ragged, in, row.line(), fit.note());
                            fields = fit.cells();
                        }
                        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
                        for (int i = 0; i < slot.length; i++) {
                            cells.set(slot[i], Csv.safe(Csv.unsafe(fields.get(i))));
                        }
                        String text = Csv.unsafe(fields.get(textIdx));
                        if (!io.commentpulse.io.ControlChars.hasVisible(text)) {
                            noteRow(blank, in, row.line(), "no visible text; the row is written with empty score columns");
                        }
                        if (Csv.hasBadBytes(text)) {
                            noteRow(badBytes, in, row.line(), "text has bytes that are not UTF-8 (read as U+FFFD); scored as read");
                        }
                        w.add(cells, text);
                        count[0]++;
                        bar.update(++fromThisFile, "");
                    }
                    failed[0] += malformed[0];
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                    System.err.println("pulse: " + in + ": malformed CSV: " + Csv.problem(e) + " (the rows before it were scored)");
                    failed[0]++;
                }
            }
            w.close(); // scores what is left and stops the scoring thread
            csv.flush();
            count[0] = w.scored();
            if (w.unscored() > 0) {
                System.err.printf("pulse: %d rows with no visible text were not scored (their score columns are empty)%n",
                        w.unscored());
            }
            if (ragged[0] > MAX_ROW_NOTES) {
                System.err.printf("pulse: %d rows had more or fewer fields than their header and were read as said above%n",
                        ragged[0]);
            }
            if (badBytes[0] > MAX_ROW_NOTES) {
                System.err.printf("pulse: %d rows had bytes that are not UTF-8; save the inputs as UTF-8%n", badBytes[0]);
            }
            if (count[0] == 0 && failed[0] > 0) {
                System.err.println("pulse: no comment could be read; " + out + " was not written"
                        + (Files.exists(out) ? " (the previous one is kept)" : ""));
                count[0] = -1;
                return failed[0];
            }
            file.commit();
        }
        return failed[0];
    }

    /**
     * The inputs whose header can be read and names an id (or comment_id) and a text column, with the columns they
     * are written as; the others are named and counted in {@code failed[0]}.
     */
    private static List<Readable> headers(List<Input> inputs, int[] failed) throws IOException {
        List<Readable> readable = new ArrayList<>();
        Set<String> renamed = new HashSet<>();
        for (Input input : inputs) {
            Path in = input.source();
            if (!Files.isRegularFile(input.csv())) {
                System.err.println("pulse: " + in + ": no such file");
                failed[0]++;
                continue;
            }
            List<String> cols;
            try (RecoveringCsv p = RecoveringCsv.open(input.csv(), (line, problem) -> { })) {
                cols = new ArrayList<>(p.header());
                p.headerNotes().forEach(n -> System.err.println("pulse: " + in + ": header: " + n));
            } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                System.err.println("pulse: " + in + ": malformed CSV header: " + Csv.problem(e));
                failed[0]++;
                continue;
            }
            String idCol = cols.contains("comment_id") ? "comment_id" : cols.contains("id") ? "id" : null;
            if (idCol == null || !cols.contains("text")) {
                System.err.println("pulse: " + in + ": needs id (or comment_id) and text columns, has " + cols);
                failed[0]++;
                continue;
            }
            List<String> outCols = new ArrayList<>(cols);
            outCols.set(outCols.indexOf(idCol), "comment_id");
            for (int i = 0; i < outCols.size(); i++) {
                String c = outCols.get(i);
                if (ScoreColumns.HEADER.contains(c)) {
                    if (renamed.add(c)) {
                        System.err.println("pulse: " + in + ": input column " + c + " is written as input_" + c
                                + " (the model's column keeps the name)");
                    }
                    outCols.set(i, "input_" + c);
                }
            }
            readable.add(new Readable(input, cols, outCols));
        }
        return readable;
    }

    private static void noteRow(int[] seen, Path in, long line, String what) {
        if (++seen[0] <= MAX_ROW_NOTES) {
            System.err.printf("pulse: %s: line %d: %s%s%n", in, line, what,
                    seen[0] == MAX_ROW_NOTES ? " (further such rows are only counted)" : "");
        }
    }
}
