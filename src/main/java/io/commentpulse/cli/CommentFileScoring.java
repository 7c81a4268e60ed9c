package io.commentpulse.cli;

import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.io.Progress;
import io.commentpulse.io.RecoveringCsv;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.ScoreColumns;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores comment files (CSV, and JSON converted to CSV first) into one scored CSV: the part of {@code score} that
 * {@code run} also uses when it is given comment files instead of pages. Bad records are named by line and skipped,
 * reading on at the next record; a run that reads nothing leaves a previous output as it was.
 */
final class CommentFileScoring {
    private static final int MAX_ROW_NOTES = 10;

    private final Path out;
    private final int batch;
    private final boolean showProgress;

    CommentFileScoring(Path out, int batch, boolean showProgress) {
        this.out = out;
        this.batch = batch;
        this.showProgress = showProgress;
    }

    /** Scores {@code csvs} and the {@code jsons} (converted with {@code json}); returns the failures, counts rows. */
    int score(List<Path> csvs, List<Path> jsons, CommentFileOptions json, ZoneId zone, Scorer scorer, long[] count)
            throws IOException {
        List<Path> all = new ArrayList<>(csvs);
        int[] jsonFailed = {0};
        Path tmp = jsons.isEmpty() ? null : Files.createTempDirectory("pulse-json");
        try {
            if (tmp != null) {
                all.addAll(json.convert(jsons, tmp, zone, jsonFailed));
            }
            return scoreCsvs(all, scorer, count) + jsonFailed[0];
        } finally {
            if (tmp != null) {
                io.commentpulse.io.FileTrees.delete(tmp);
            }
        }
    }

    private int scoreCsvs(List<Path> csvs, Scorer scorer, long[] count) throws IOException {
        int failed = 0;
        int[] blank = {0};
        int[] badBytes = {0};
        List<String> header = null;
        try (AtomicOutput file = AtomicOutput.open(out)) {
            CSVPrinter csv = null;
            BatchingWriter w = null;
            for (Path in : csvs) {
                if (!Files.isRegularFile(in)) {
                    System.err.println("pulse: " + in + ": no such file");
                    failed++;
                    continue;
                }
                int[] malformed = {0};
                try (RecoveringCsv p = RecoveringCsv.open(in, (line, problem) -> {
                    malformed[0]++;
                    System.err.printf("pulse: %s: line %d: malformed CSV record (%s); skipped, reading on at the next line%n",
                            in, line, problem);
                })) {
                    List<String> cols = new ArrayList<>(p.header());
                    String idCol = cols.contains("comment_id") ? "comment_id" : cols.contains("id") ? "id" : null;
                    if (idCol == null || !cols.contains("text")) {
                        System.err.println("pulse: " + in + ": needs id (or comment_id) and text columns, has " + cols);
                        failed++;
                        continue;
                    }
                    List<String> outCols = new ArrayList<>(cols);
                    outCols.set(outCols.indexOf(idCol), "comment_id");
                    for (int i = 0; i < outCols.size(); i++) {
                        if (ScoreColumns.HEADER.contains(outCols.get(i))) {
                            if (header == null) {
                                System.err.println("pulse: " + in + ": input column " + outCols.get(i)
                                        + " is written as input_" + outCols.get(i) + " (the model's column keeps the name)");
                            }
                            outCols.set(i, "input_" + outCols.get(i));
                        }
                    }
                    if (header == null) {
                        header = outCols;
                        header.addAll(ScoreColumns.HEADER);
                        csv = Csv.printer(file.writer(), header.toArray(String[]::new));
                        CSVPrinter target = csv;
                        w = new BatchingWriter(scorer, batch, (cells, s) -> {
                            List<String> row = new ArrayList<>(cells);
                            row.addAll(ScoreColumns.values(s));
                            target.printRecord(row);
                        });
                    } else if (!header.subList(0, outCols.size()).equals(outCols)) {
                        System.err.println("pulse: " + in + ": columns differ from the first CSV; skipped");
                        failed++;
                        continue;
                    }
                    int textIdx = cols.indexOf("text");
                    Progress bar = new Progress("comments from " + in.getFileName(), 0, showProgress);
                    long fromThisFile = 0;
                    for (RecoveringCsv.Row row : p) {
                        CSVRecord rec = row.record();
                        if (!rec.isConsistent()) {
                            System.err.printf("pulse: %s: line %d: expected %d fields, found %d; skipped%n", in,
                                    row.line(), cols.size(), rec.size());
                            failed++;
                            continue;
                        }
                        List<String> cells = new ArrayList<>(cols.size());
                        for (int i = 0; i < cols.size(); i++) {
                            cells.add(Csv.safe(Csv.unsafe(rec.get(i))));
                        }
                        String text = Csv.unsafe(rec.get(textIdx));
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
                    failed += malformed[0];
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                    System.err.println("pulse: " + in + ": malformed CSV: " + Csv.problem(e) + " (the rows before it were scored)");
                    failed++;
                }
            }
            if (w != null) {
                w.close(); // scores what is left and stops the scoring thread
                csv.flush();
                count[0] = w.scored();
                if (w.unscored() > 0) {
                    System.err.printf("pulse: %d rows with no visible text were not scored (their score columns are empty)%n",
                            w.unscored());
                }
                if (badBytes[0] > MAX_ROW_NOTES) {
                    System.err.printf("pulse: %d rows had bytes that are not UTF-8; save the inputs as UTF-8%n", badBytes[0]);
                }
            } else {
                // nothing could be read (a mistyped path, say): a good previous output must not become header-only
                System.err.println("pulse: no input could be read; " + out + " was not written"
                        + (Files.exists(out) ? " (the previous one is kept)" : ""));
                return Math.max(failed, 1);
            }
            file.commit();
        }
        return failed;
    }

    private static void noteRow(int[] seen, Path in, long line, String what) {
        if (++seen[0] <= MAX_ROW_NOTES) {
            System.err.printf("pulse: %s: line %d: %s%s%n", in, line, what,
                    seen[0] == MAX_ROW_NOTES ? " (further such rows are only counted)" : "");
        }
    }
}
