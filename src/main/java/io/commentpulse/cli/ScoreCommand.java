package io.commentpulse.cli;

import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.PageWalk;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.io.Progress;
import io.commentpulse.io.RecoveringCsv;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import io.commentpulse.score.ScoreColumns;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse score}: sentiment and concern for every comment of pages or of a comments CSV. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score comments for sentiment and concern with a DL4J model and write CSV.",
                "INPUT is either saved pages / directories (run through extract first) or CSV files with at least "
                        + "id,text columns (or the comment_id,text columns that extract writes); other columns pass "
                        + "through and id becomes comment_id.",
                "Appended columns: sentiment,p_negative,p_neutral,p_positive,sentiment_score,concern "
                        + "(sentiment_score = p_positive - p_negative; concern is a probability in [0,1]). "
                        + "A row whose text is empty is kept, with those columns empty.",
                "Input columns named like an appended one (e.g. the sentiment and concern labels of a labeled CSV) are "
                        + "kept as input_sentiment, input_concern.",
                "Streams: memory stays flat whatever the input size. Exit 1 when some inputs failed."})
public final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages, directories of pages, comment CSVs, or "
            + "comments as JSON Lines (.jsonl, .ndjson) or a JSON array (.json).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Scored CSV to write (atomically).")
    Path out;

    @Mixin
    ModelOption model;

    @Mixin
    ZoneOption zone;

    @Option(names = "--batch", defaultValue = "4096", description = "Comments scored per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    private static final int MAX_ROW_NOTES = 10;

    @Mixin
    JsonInputOptions json;

    @Mixin
    MaxPageOption maxPage;

    @Mixin
    ExplainOption explain;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        List<Path> jsons = inputs.stream().filter(JsonInputOptions::isJson).toList();
        List<Path> csvs = new ArrayList<>(inputs.stream()
                .filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")).toList());
        List<Path> pages = inputs.stream().filter(p -> !csvs.contains(p) && !jsons.contains(p)).toList();
        if ((!csvs.isEmpty() || !jsons.isEmpty()) && !pages.isEmpty()) {
            throw new UsageException("give either pages or comment files (CSV, JSON), not both");
        }
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a folder; score writes one CSV file");
        }
        ExtractOptions options = maxPage.options(zone.zoneId());
        ModelFolder.Loaded m = model.load();
        Scorer scorer = Scorers.forModel(m);
        int failed;
        long n;
        if (!csvs.isEmpty() || !jsons.isEmpty()) {
            long[] count = {0};
            int[] jsonFailed = {0};
            Path tmp = jsons.isEmpty() ? null : Files.createTempDirectory("pulse-json");
            try {
                if (tmp != null) {
                    csvs.addAll(json.convert(jsons, tmp, zone.zoneId(), jsonFailed));
                }
                failed = scoreCsvs(csvs, scorer, count) + jsonFailed[0];
            } finally {
                if (tmp != null) {
                    io.commentpulse.io.FileTrees.delete(tmp);
                }
            }
            n = count[0];
        } else {
            PageWalk walk = new PageWalk(new Extractor(options),
                    System.err);
            n = PagePipeline.run(walk, pages, scorer, out, null, progress.show(), r -> { });
            failed = walk.failures().size();
        }
        if (Files.isRegularFile(out)) {
            explain.apply(scorer, out, progress.show());
        }
        System.err.printf("pulse: %d comments scored -> %s%n", n, out);
        return failed == 0 ? 0 : 1;
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
                    Progress bar = new Progress("comments from " + in.getFileName(), 0, progress.show());
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

    /** Names the row on stderr, for the first {@value #MAX_ROW_NOTES} rows of its kind ({@code seen} counts them). */
    private static void noteRow(int[] seen, Path in, long line, String what) {
        if (++seen[0] <= MAX_ROW_NOTES) {
            System.err.printf("pulse: %s: line %d: %s%s%n", in, line, what,
                    seen[0] == MAX_ROW_NOTES ? " (further such rows are only counted)" : "");
        }
    }
}
