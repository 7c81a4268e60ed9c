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

/**
 * {@code pulse bench extract DIR}: pages/s and MB/s of extraction, after warm-up passes; with {@code --baseline},
 * another build timed in the same run, round by round, and the ratio of the two.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract every page under DIR repeatedly and print pages/s, MB/s and comments/s "
                + "(after --warmup untimed passes, single thread), with each round's pages/s.")
public final class BenchExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "DIR", description = "Pages to extract, e.g. ../shared/pages-dev.")
    Path dir;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over all pages (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed passes over all pages before the timed "
            + "ones, for each build (default: ${DEFAULT-VALUE}). The JIT compiles the extractor during the first rounds; "
            + "more warm-up passes time it as a long run reads pages.")
    int warmup;

    @Option(names = "--baseline", paramLabel = "CLASSPATH", description = "Also time another build of the extractor "
            + "in this run: its jar and libraries as java -cp takes them (e.g. \"old/target/commentpulse-0.1.0.jar:"
            + "old/target/lib/*\", a checkout of an older commit built with mvn package). It is loaded apart from this "
            + "build (its own code and library versions), warmed up the same way, and each round times both, in turn "
            + "first; then both rates, the comments each found and this build's rate over the baseline's are printed. "
            + "Builds timed in separate runs do not compare on a machine whose speed drifts.")
    String baseline;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1");
        }
        if (warmup < 0) {
            throw new UsageException("--warmup must be 0 or more");
        }
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
        Reader self = page -> {
            try {
                return ex.extract(page).comments().size();
            } catch (BadPageException e) {
                return 0;   // counted as zero comments; bench measures speed
            }
        };
        try (BaselineBuild other = baseline == null ? null : BaselineBuild.load(baseline)) {
            Timing mine = new Timing();
            Timing theirs = new Timing();
            for (int w = 0; w < warmup; w++) {
                pass(self, files);
                if (other != null) {
                    pass(other::comments, files);
                }
            }
            for (int r = 0; r < rounds; r++) {
                if (other != null && r % 2 == 1) {
                    theirs.add(pass(other::comments, files));
                }
                mine.add(pass(self, files));
                if (other != null && r % 2 == 0) {
                    theirs.add(pass(other::comments, files));
                }
            }
            System.out.printf(Locale.ROOT, "pages: %d (%.1f MB) x %d rounds in %.2f s%n", files.size(), bytes / 1e6, rounds,
                    mine.seconds);
            System.out.printf(Locale.ROOT, "extract: %.1f pages/s  %.2f MB/s  %.0f comments/s%n",
                    files.size() * rounds / mine.seconds, bytes * rounds / 1e6 / mine.seconds, mine.comments / mine.seconds);
            System.out.println("rounds: " + mine.rates(files.size()) + " pages/s");
            if (other != null) {
                System.out.printf(Locale.ROOT, "baseline %s: %.1f pages/s  %.2f MB/s  %.0f comments/s%n", baseline,
                        files.size() * rounds / theirs.seconds, bytes * rounds / 1e6 / theirs.seconds,
                        theirs.comments / theirs.seconds);
                System.out.println("baseline rounds: " + theirs.rates(files.size()) + " pages/s");
                System.out.printf(Locale.ROOT, "comments found per pass: this build %d, baseline %d%n",
                        mine.comments / rounds, theirs.comments / rounds);
                System.out.printf(Locale.ROOT, "this build / baseline: %.2fx (pages/s over all rounds; the median of "
                        + "the rounds' own ratios, each round timing both within seconds: %.2fx)%n",
                        theirs.seconds / mine.seconds, mine.medianRatio(theirs));
            }
        }
        return 0;
    }

    /** One build's reading of a page: the comments it finds there. */
    private interface Reader {
        int comments(Path page);
    }

    /** The rounds of one build: their times and the comments they found. */
    private static final class Timing {
        private final List<Double> rounds = new ArrayList<>();
        private double seconds;
        private long comments;

        void add(Pass p) {
            rounds.add(p.seconds());
            seconds += p.seconds();
            comments += p.comments();
        }

        /** The median over rounds of {@code other}'s time over this one's: each round's two passes ran back to back. */
        double medianRatio(Timing other) {
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds.size(); r++) {
                ratios.add(other.rounds.get(r) / rounds.get(r));
            }
            ratios.sort(null);
            int n = ratios.size();
            return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        }

        String rates(int pages) {
            StringBuilder sb = new StringBuilder();
            for (double s : rounds) {
                sb.append(sb.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.1f", pages / s));
            }
            return sb.toString();
        }
    }

    private record Pass(double seconds, long comments) {
    }

    private static Pass pass(Reader reader, List<Path> files) {
        long t0 = System.nanoTime();
        long n = 0;
        for (Path f : files) {
            n += reader.comments(f);
        }
        return new Pass((System.nanoTime() - t0) / 1e9, n);
    }
}
