package io.commentpulse.cli;

import io.commentpulse.explain.ExplainedCsv;
import io.commentpulse.explain.OcclusionExplainer;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.score.BatchingWriter;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.BagScorer;
import io.commentpulse.score.NetworkScorer;
import io.commentpulse.score.Score;
import io.commentpulse.score.ScoreColumns;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code pulse bench score}: end-to-end scoring throughput (read CSV → score → write CSV) of the model, beside a
 * trivial keyword scorer run through the same streaming path in the same process, plus model load time and peak RSS.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Benchmark scoring end to end: read a comments CSV, score, write a scored CSV.",
                "Generates a synthetic comments CSV of --rows rows (from real comment-like sentences) unless --input is "
                        + "given. Prints model load time, comments/s for the model and for a keyword baseline through the "
                        + "same read/write path, and peak resident memory (VmHWM).",
                "With --whole-graph it also times the model run as one DL4J graph (the slower reference path)."})
public final class BenchScoreCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Option(names = "--input", paramLabel = "CSV", description = "Comments CSV with id,text (default: generated).")
    Path input;

    @Option(names = "--texts-from", paramLabel = "CSV",
            description = "Generate the input by cycling through the text column of these CSVs (repeatable; e.g. the "
                    + "labeled dev/train files) instead of the built-in sentences.")
    List<Path> textsFrom = new ArrayList<>();

    @Option(names = "--rows", defaultValue = "200000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--batch", defaultValue = "4096", description = "Texts per scoring call (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--model-batch", defaultValue = "" + Scorers.DEFAULT_BATCH,
            description = "Mini-batch size inside the network (default: ${DEFAULT-VALUE}).")
    int modelBatch;

    @Option(names = "--whole-graph", description = "Also time the whole DL4J graph (embedding layers included) "
            + "as a reference for the default path (embedding bags + DL4J head).")
    boolean wholeGraph;

    @Option(names = "--compare-model", paramLabel = "DIR", description = "Also time this model folder (e.g. the "
            + "previous default) on the same input in the same run, alternating with --model over two rounds, and "
            + "print both rates and their ratio.")
    Path compareModel;

    @Option(names = "--explain", paramLabel = "N", defaultValue = "0", description = "Also time explaining the first N "
            + "rows (occlusion, as `pulse explain` and `score --explain`), beside scoring the same N rows plainly, "
            + "in this run (default: ${DEFAULT-VALUE}, off).")
    int explainRows;

    @Option(names = "--thread-context", paramLabel = "N", defaultValue = "0", description = "Also time reading each "
            + "comment's concern in its thread (`score --thread-context`: a second pass over the scored CSV), with the "
            + "generated comments in articles of N each, or the --input's article_id or thread column (default: "
            + "${DEFAULT-VALUE}, off). Needs a model with a thread context.")
    int threadSize;

    @Option(names = "--keep", description = "Keep the generated and scored files (in target/bench/).")
    boolean keep;

    /** The whole graph's fastest mini-batch here (larger ones only add memory). */
    private static final int WHOLE_GRAPH_BATCH = 1024;

    private static final String[] SENTENCES = {
            "What concerns me is the timing of all this.", "Great article, thanks for sharing!",
            "I can't believe they let this happen again.", "Does anyone know when the vote is scheduled?",
            "This is some scary stuff, honestly.", "Lol, classic politicians.", "The numbers in paragraph three look wrong.",
            "I'm worried about what this means for my kids' school.", "Finally some good news for the city!",
            "Not sure I agree, but it's an interesting take.", "Why is nobody talking about the cost?",
            "Heading towards a new Cold War or what?", "Love this, well written and fair.",
            "They should have fixed the bridge years ago.", "Meh. Nothing new here."};

    @Override
    public Integer call() throws Exception {
        if (rows < 1) {
            throw new UsageException("--rows must be at least 1, not " + rows);
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new UsageException(input + ": no such file");
        }
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path in = input != null ? input : generate(dir.resolve("comments-" + rows + ".csv"), rows, texts(), threadSize);
        long inBytes = Files.size(in);
        long t0 = System.nanoTime();
        ModelFolder.Loaded m = model.load();
        threshold = m.concernThreshold();
        if (wholeGraph) {
            ModelOption.requireNetwork(m, "--whole-graph");
        }
        if (threadSize < 0) {
            throw new UsageException("--thread-context takes the comments per article, 1 or more (0: off)");
        }
        io.commentpulse.score.ThreadContext thread = threadSize > 0 ? ThreadContextOption.required(m) : null;
        Scorer scorer = m.hasNetwork() ? Scorers.forNetwork(m.storedNetwork(), m.featurizer(), modelBatch, m.readout())
                : Scorers.uncalibrated(m);
        scorer.score(List.of("warm up the native code path"));
        double loadSecs = (System.nanoTime() - t0) / 1e9;

        run(in, dir.resolve("warmup.csv"), scorer, Math.min(20_000, rows));
        double baseline = run(in, dir.resolve("scored-baseline.csv"), new KeywordScorer(), Integer.MAX_VALUE);
        double modelRate = run(in, dir.resolve("scored-model.csv"), scorer, Integer.MAX_VALUE);
        long modelRows = lastRows;
        double[] rounds = null;
        if (compareModel != null) {
            ModelFolder.Loaded other = ModelFolder.load(compareModel);
            Scorer otherScorer = other.hasNetwork()
                    ? Scorers.forNetwork(other.storedNetwork(), other.featurizer(), modelBatch, other.readout())
                    : Scorers.uncalibrated(other);
            run(in, dir.resolve("warmup.csv"), otherScorer, Math.min(20_000, rows));
            rounds = new double[]{run(in, dir.resolve("scored-compare.csv"), otherScorer, Integer.MAX_VALUE),
                    run(in, dir.resolve("scored-model.csv"), scorer, Integer.MAX_VALUE),
                    run(in, dir.resolve("scored-compare.csv"), otherScorer, Integer.MAX_VALUE)};
        }
        double wholeRate = 0;
        if (wholeGraph) {
            NetworkScorer whole = new NetworkScorer(m, Math.min(modelBatch, WHOLE_GRAPH_BATCH));
            run(in, dir.resolve("warmup.csv"), whole, Math.min(20_000, rows));
            wholeRate = run(in, dir.resolve("scored-model.csv"), whole, Integer.MAX_VALUE);
        }
        System.out.printf(Locale.ROOT, "input: %s (%.1f MB), threads: OMP_NUM_THREADS=%s%n", in, inBytes / 1e6,
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"));
        System.out.printf(Locale.ROOT, "model load + first output: %.2f s (model %s, network batch %d)%n", loadSecs,
                model.resolve(), modelBatch);
        System.out.printf(Locale.ROOT, "keyword baseline (read -> score -> write): %,.0f comments/s%n", baseline);
        System.out.printf(Locale.ROOT, "model (read -> score -> write):            %,.0f comments/s (%.2fx the baseline's time per comment; %s)%n",
                modelRate, baseline / modelRate, scorer instanceof BagScorer ? "embedding bags + DL4J head"
                        : m.hasNetwork() ? "whole DL4J graph" : io.commentpulse.score.CombinedModel.is(m.manifest())
                        ? "combination of " + m.manifest().path(io.commentpulse.score.CombinedModel.MEMBERS).size() + " models"
                        : "sentence encoder + linear heads");
        if (wholeGraph) {
            System.out.printf(Locale.ROOT, "model as one DL4J graph (reference):       %,.0f comments/s at batch %d (default path is %.2fx faster)%n",
                    wholeRate, Math.min(modelBatch, WHOLE_GRAPH_BATCH), modelRate / wholeRate);
        }
        if (rounds != null) {
            System.out.printf(Locale.ROOT, "model, rounds 1 and 2:                     %,.0f and %,.0f comments/s%n",
                    modelRate, rounds[1]);
            System.out.printf(Locale.ROOT, "%s, rounds 1 and 2: %,.0f and %,.0f comments/s (model / it: %.2fx)%n",
                    compareModel, rounds[0], rounds[2], (modelRate + rounds[1]) / (rounds[0] + rounds[2]));
        }
        if (thread != null) {
            long p0 = System.nanoTime();
            io.commentpulse.score.ThreadedCsv.Result r = io.commentpulse.score.ThreadedCsv.write(thread,
                    dir.resolve("scored-model.csv"), threshold, System.err);
            double passSecs = (System.nanoTime() - p0) / 1e9;
            if (r != null) {
                System.out.printf(Locale.ROOT, "thread context (second pass over the scored CSV): %,.0f comments/s, %d "
                        + "threads; scoring with it: %,.0f comments/s end to end (%.2fx the time without)%n",
                        modelRows / passSecs, r.threads(), modelRows / (modelRows / modelRate + passSecs),
                        (modelRows / modelRate + passSecs) / (modelRows / modelRate));
            }
        }
        if (explainRows > 0) {
            double plain = run(in, dir.resolve("scored-model.csv"), scorer, explainRows);
            Path explained = dir.resolve("scored-explained.csv");
            run(in, explained, scorer, explainRows);
            long e0 = System.nanoTime();
            ExplainedCsv.Result r = ExplainedCsv.write(
                    new OcclusionExplainer(scorer, 3), List.of(explained), explained,
                    System.err, n -> { });
            double explainRate = r.rows() / ((System.nanoTime() - e0) / 1e9);
            System.out.printf(Locale.ROOT, "explaining %d rows (occlusion, after scoring): %,.0f comments/s; scoring the "
                    + "same rows plainly: %,.0f comments/s (%.0fx)%n", r.rows(), explainRate, plain, plain / explainRate);
            if (!keep) {
                Files.deleteIfExists(explained);
            }
        }
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM): %s%n", peakRss());
        if (!keep) {
            Files.deleteIfExists(dir.resolve("warmup.csv"));
            Files.deleteIfExists(dir.resolve("scored-baseline.csv"));
            Files.deleteIfExists(dir.resolve("scored-model.csv"));
            Files.deleteIfExists(dir.resolve("scored-compare.csv"));
            if (input == null) {
                Files.deleteIfExists(in);
            }
        }
        return 0;
    }

    /** Rows the last {@link #run} wrote. */
    private long lastRows;
    /** The model's concern threshold, for the scored CSVs' concerned column. */
    private double threshold = 0.5;

    private double run(Path in, Path out, Scorer scorer, int limit) throws IOException {
        long t0 = System.nanoTime();
        long n = 0;
        try (CSVParser p = Csv.parse(in);
             AtomicOutput file = AtomicOutput.open(out)) {
            List<String> header = new ArrayList<>(p.getHeaderNames());
            header.addAll(ScoreColumns.HEADER);
            CSVPrinter csv = Csv.printer(file.writer(), header.toArray(String[]::new));
            int textIdx = p.getHeaderNames().indexOf("text");
            try (BatchingWriter w = new BatchingWriter(scorer, batch, (cells, s) -> {
                List<String> row = new ArrayList<>(cells);
                row.addAll(ScoreColumns.values(s, threshold));
                csv.printRecord(row);
            })) {
                for (CSVRecord rec : p) {
                    if (n++ >= limit) {
                        break;
                    }
                    w.add(rec.toList(), rec.get(textIdx));
                }
            }
            csv.flush();
            file.commit();
        }
        lastRows = Math.min(n, limit);
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    /** The texts to cycle through, from --texts-from; empty for the built-in sentences. */
    private List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path f : textsFrom) {
            try (CSVParser p = Csv.parse(f)) {
                if (!p.getHeaderNames().contains("text")) {
                    throw new UsageException("--texts-from " + f + ": no text column");
                }
                for (CSVRecord rec : p) {
                    if (rec.isConsistent()) {
                        texts.add(rec.get("text"));
                    }
                }
            }
        }
        return texts;
    }

    /** {@code perArticle} above 0 adds an article_id column, a new article every that many comments. */
    private static Path generate(Path file, int n, List<String> texts, int perArticle) throws IOException {
        Random rnd = new Random(1);
        String[] header = perArticle > 0 ? new String[]{"id", "text", "article_id"} : new String[]{"id", "text"};
        try (AtomicOutput out = AtomicOutput.open(file); CSVPrinter csv = Csv.printer(out.writer(), header)) {
            for (int i = 0; i < n; i++) {
                String text;
                if (!texts.isEmpty()) {
                    text = texts.get(i % texts.size());
                } else {
                    StringBuilder sb = new StringBuilder();
                    int k = 1 + rnd.nextInt(3);
                    for (int j = 0; j < k; j++) {
                        sb.append(j > 0 ? " " : "").append(SENTENCES[rnd.nextInt(SENTENCES.length)]);
                    }
                    text = sb.toString();
                }
                List<String> row = new ArrayList<>(List.of("c" + i, text));
                if (perArticle > 0) {
                    row.add("a" + i / perArticle);
                }
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
        return file;
    }

    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "unknown (" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_000_000 + " MB heap)";
    }

    /** The simple baseline: counts a few emotional keywords. Same interface, no model. */
    static final class KeywordScorer implements Scorer {
        @Override
        public List<Score> score(List<String> texts) {
            List<Score> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                String l = t.toLowerCase(Locale.ROOT);
                boolean neg = l.contains("worr") || l.contains("scary") || l.contains("can't") || l.contains("wrong");
                boolean pos = l.contains("great") || l.contains("love") || l.contains("good");
                double c = l.contains("worr") || l.contains("scary") || l.contains("concern") ? 0.9 : 0.1;
                out.add(neg ? new Score(0.8, 0.1, 0.1, c) : pos ? new Score(0.1, 0.1, 0.8, c) : new Score(0.1, 0.8, 0.1, c));
            }
            return out;
        }
    }

}
