package io.commentpulse.cli;

import io.commentpulse.extract.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code pulse bench run}: the main job on many generated pages. Pages are copies of the given source pages (each
 * made unique by a trailing marker), run twice in one process, a small set then the full set, so the peak memory of
 * both can be compared: flat memory means the second peak is not much above the first.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Benchmark 'pulse run' on generated pages: copies of --source pages (default: seeds and "
                + "../shared/pages-dev) made unique, first --small pages then --pages pages, in one process.",
                "Prints pages/s, comments/s and peak RSS after each pass."})
public final class BenchRunCommand implements Callable<Integer> {
    @Option(names = "--pages", defaultValue = "10000", description = "Pages in the large pass (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--small", defaultValue = "1000", description = "Pages in the small pass (default: ${DEFAULT-VALUE}).")
    int small;

    @Option(names = "--source", paramLabel = "DIR", description = "Pages to copy (repeatable; default: seeds and ../shared/pages-dev).")
    List<Path> sources;

    @Option(names = "--max-kb", defaultValue = "80", description = "Only copy source pages up to this size (default: ${DEFAULT-VALUE} KB).")
    int maxKb;

    @Override
    public Integer call() throws Exception {
        List<Path> src = sources != null ? sources : existing(Path.of("seeds"), Path.of("..", "shared", "pages-dev"));
        List<Path> templates = new ArrayList<>();
        for (Path p : PageSource.expand(src, new ArrayList<>())) {
            if (Files.size(p) <= maxKb * 1024L) {
                templates.add(p);
            }
        }
        if (templates.isEmpty()) {
            throw new UsageException("no source pages");
        }
        Path root = Path.of("target", "bench", "run");
        for (int[] pass : new int[][]{{small}, {pages}}) {
            int n = pass[0];
            Path dir = root.resolve("pages-" + n);
            Path out = root.resolve("out-" + n);
            long bytes = generate(templates, dir, n);
            long t0 = System.nanoTime();
            java.io.PrintStream stdout = System.out;
            int code;
            try {
                System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                code = Main.commandLine().execute("run", dir.toString(), "--out", out.toString(), "--no-progress");
            } finally {
                System.setOut(stdout);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long comments = Files.lines(out.resolve("reaction-by-article.csv")).count() > 0
                    ? countComments(out.resolve("scored.csv")) : 0;
            System.out.printf(Locale.ROOT, "bench run: %d pages (%.0f MB) in %.1f s: %.0f pages/s, %.0f comments/s, "
                            + "%d comments, exit %d, peak RSS so far %s%n", n, bytes / 1e6, secs, n / secs, comments / secs,
                    comments, code, BenchScoreCommand.peakRss());
            io.commentpulse.io.FileTrees.delete(dir);
        }
        return 0;
    }

    private static List<Path> existing(Path... paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static long generate(List<Path> templates, Path dir, int n) throws IOException {
        if (Files.exists(dir)) {
            io.commentpulse.io.FileTrees.delete(dir);
        }
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Path t = templates.get(i % templates.size());
            String name = t.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            byte[] body = Files.readAllBytes(t);
            byte[] marker = (ext.equals(".txt") ? "\n\n" : "\n<!-- bench copy " + i + " -->\n").getBytes(StandardCharsets.UTF_8);
            if (ext.equals(".txt")) {
                marker = ("\n\nbench copy " + i + "\n").getBytes(StandardCharsets.UTF_8);
            }
            Path f = dir.resolve(String.format(Locale.ROOT, "%06d-%s", i, name));
            Files.write(f, body);
            Files.write(f, marker, java.nio.file.StandardOpenOption.APPEND);
            bytes += body.length + marker.length;
        }
        return bytes;
    }

    private static long countComments(Path scored) throws IOException {
        try (var r = Files.newBufferedReader(scored);
             var p = io.commentpulse.io.Csv.READ.parse(r)) {
            long n = 0;
            for (var ignored : p) {
                n++;
            }
            return n;
        }
    }
}
