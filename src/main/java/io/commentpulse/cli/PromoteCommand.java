package io.commentpulse.cli;

import io.commentpulse.model.Comparison;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Scorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code pulse promote}: make a model the default, only when it is not worse than the current one. */
@Command(name = "promote", mixinStandardHelpOptions = true,
        description = {"Make a model the default (or another name). Both the candidate and the current model are "
                + "evaluated on the comparison set: the candidate's comparison-dev.csv (written by retrain) plus any "
                + "--data files. Promotion is refused (exit 1) when the candidate is worse by more than --tolerance on "
                + "any headline metric, unless --force. The previous model is kept as NAME-previous-TIMESTAMP."})
public final class PromoteCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "MODEL", description = "Model folder to promote.")
    Path candidate;

    @Option(names = "--as", defaultValue = "default", description = "Name to promote to, under models/ (default: ${DEFAULT-VALUE}).")
    String as;

    @Option(names = "--data", paramLabel = "CSV", description = "More labeled CSVs to compare on (repeatable).")
    List<Path> data;

    @Option(names = "--tolerance", defaultValue = "0.01", description = "Largest drop allowed on any headline metric (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--force", description = "Promote even when the candidate is worse.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path models = ModelOption.modelsDir();
        Path target = models.resolve(as);
        Files.createDirectories(models);
        if (Files.isDirectory(target) && Files.isDirectory(candidate) && Files.isSameFile(candidate, target)) {
            throw new UsageException(candidate + " is already models/" + as + ": promote another model folder to it");
        }
        ModelFolder.Loaded cand = ModelFolder.load(candidate);
        if (io.commentpulse.score.CombinedModel.is(cand.manifest())) {
            throw new UsageException(candidate + " is a combination (pulse combine): its members are named relative to "
                    + "its folder, so it is used where it is, with --model, and never copied into models/" + as);
        }
        Map<String, List<LabeledExample>> sets = new LinkedHashMap<>();
        Path held = candidate.resolve("comparison-dev.csv");
        List<Path> files = new java.util.ArrayList<>();
        if (Files.isRegularFile(held)) {
            files.add(held);
        }
        if (data != null) {
            for (Path p : data) {
                if (!Files.isRegularFile(p)) {
                    throw new UsageException(p + ": no such file");
                }
                files.add(p);
            }
        }
        for (Path p : Files.isDirectory(target) ? files : List.<Path>of()) {   // nothing to compare with otherwise
            LabeledCsv.Result r = LabeledCsv.read(p);
            r.messages().stream().limit(10).forEach(m -> System.err.println("pulse: " + m));
            if (r.rows().isEmpty()) {
                System.err.println("pulse: " + p + ": no usable labeled rows (" + r.skipped() + " skipped): nothing to "
                        + "compare on there" + (force ? "" : "; not promoted (use --force to promote anyway)"));
                if (!force) {
                    return 1;
                }
                continue;
            }
            if (r.skipped() > 0) {
                System.err.printf("pulse: %s: compared on %d rows, %d skipped%n", p, r.rows().size(), r.skipped());
            }
            sets.put(p.equals(held) ? "comparison-dev" : p.getFileName().toString(), r.rows());
        }
        if (Files.isDirectory(target)) {
            if (sets.isEmpty()) {
                throw new UsageException("nothing to compare on: " + held + " is missing; give --data CSV");
            }
            ModelFolder.Loaded current = ModelFolder.load(target);
            Comparison cmp = Comparison.of(sets, Scorers.forModel(current), current.concernThreshold(),
                    Scorers.forModel(cand), cand.concernThreshold(), 200, 7);
            System.out.print(cmp.toText());
            List<Comparison.Row> measured = cmp.rows().stream()
                    .filter(r -> Double.isFinite(r.base()) && Double.isFinite(r.candidate())).toList();
            for (Comparison.Row r : cmp.rows()) {
                if (!measured.contains(r)) {
                    System.err.printf("pulse: %s %s cannot be computed there (one class only?): not compared%n",
                            r.data(), r.metric());
                }
            }
            if (measured.isEmpty() && !force) {
                System.err.println("pulse: no headline figure could be compared (the comparison data needs both "
                        + "classes of a label); not promoted (use --force to promote anyway)");
                return 1;
            }
            List<Comparison.Row> worse = cmp.regressions(tolerance);
            if (!worse.isEmpty() && !force) {
                for (Comparison.Row r : worse) {
                    System.err.printf("pulse: %s %s drops by %.4f (tolerance %.4f)%n", r.data(), r.metric(), -r.change(), tolerance);
                }
                System.err.println("pulse: not promoted (use --force to promote anyway)");
                return 1;
            }
        }
        // the copy is complete before the current model is moved aside, so a failed copy leaves it in place
        Path copy = copyTree(candidate, target);
        if (Files.isDirectory(target)) {
            Path previous = models.resolve(as + "-previous-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("pulse: previous " + as + " kept as " + previous);
        }
        Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("pulse: " + candidate + " promoted to " + target);
        return 0;
    }

    /** A complete copy of {@code from} in a hidden folder beside {@code to}, to be moved into place. */
    private static Path copyTree(Path from, Path to) throws java.io.IOException {
        Path tmp = Files.createTempDirectory(to.toAbsolutePath().getParent(), "." + to.getFileName() + ".tmp");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return tmp;
    }
}
