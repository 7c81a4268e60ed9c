package io.commentpulse.cli;

import io.commentpulse.extract.BadPageException;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse bench extract DIR}: pages/s and MB/s of extraction, after a warm-up pass. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract every page under DIR repeatedly and print pages/s, MB/s and comments/s "
                + "(one warm-up pass first, single thread).")
public final class BenchExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "DIR", description = "Pages to extract, e.g. ../shared/pages-dev.")
    Path dir;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over all pages (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        List<PageSource.Problem> problems = new ArrayList<>();
        List<Path> files = PageSource.expand(List.of(dir), problems);
        if (files.isEmpty()) {
            throw new UsageException("no pages under " + dir);
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        Extractor ex = new Extractor(ExtractOptions.defaults());
        pass(ex, files);
        long comments = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            comments += pass(ex, files);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "pages: %d (%.1f MB) x %d rounds in %.2f s%n", files.size(), bytes / 1e6, rounds, secs);
        System.out.printf(Locale.ROOT, "extract: %.1f pages/s  %.2f MB/s  %.0f comments/s%n",
                files.size() * rounds / secs, bytes * rounds / 1e6 / secs, comments / secs);
        return 0;
    }

    private static long pass(Extractor ex, List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += ex.extract(f).comments().size();
            } catch (BadPageException e) {
                // counted as zero comments; bench measures speed
            }
        }
        return n;
    }
}
