package io.commentpulse.cli;

import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.ExtractionEvaluator;
import io.commentpulse.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pulse eval-extract}: measure the extractor against pages with expected comments. */
@Command(name = "eval-extract", mixinStandardHelpOptions = true,
        description = {"Measure comment extraction on pages that have <page>.expected.json sidecars "
                + "(as in ../shared/pages-dev, including its text/ dumps).",
                "An expected comment counts as found when an extracted comment of that page starts with its "
                        + "text_start (whitespace-normalised, case-insensitive). Prints per-page rows and "
                        + "precision, recall, F1, author accuracy, timestamp coverage and false comments on pages "
                        + "without comments."})
public final class EvalExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "DIR", description = "Directory searched recursively for *.expected.json.")
    Path dir;

    @Option(names = "--pages", description = "Print one row per page (default: only pages with errors or misses).")
    boolean allPages;

    @Option(names = "--min-f1", paramLabel = "F1", defaultValue = "0",
            description = "Exit 1 when overall F1 falls below this (for CI gates; default: ${DEFAULT-VALUE}).")
    double minF1;

    @Mixin
    ZoneOption zone;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("not a directory: " + dir);
        }
        ExtractionEvaluator eval = new ExtractionEvaluator(
                new Extractor(new ExtractOptions(zone.zoneId(), ExtractOptions.DEFAULT_MAX_BYTES)));
        ExtractionEvaluator.Summary s = eval.evaluate(ExtractionEvaluator.sidecars(dir));
        System.out.printf("%-48s %5s %5s %5s %7s%n", "page", "exp", "got", "found", "authors");
        for (ExtractionEvaluator.PageScore p : s.pages()) {
            boolean perfect = p.matched() == p.expected() && p.extracted() == p.expected() && p.authorOk() == p.matched();
            if (allPages || !perfect || !p.error().isEmpty()) {
                System.out.printf("%-48s %5d %5d %5d %7d %s%n", p.page(), p.expected(), p.extracted(), p.matched(),
                        p.authorOk(), p.error());
            }
        }
        System.out.printf(Locale.ROOT, "pages: %d (%d without comments)%n", s.pages().size(), s.negativePages());
        System.out.printf(Locale.ROOT, "expected: %d  extracted: %d  found: %d%n", s.expected(), s.extracted(), s.matched());
        System.out.printf(Locale.ROOT, "precision: %.4f  recall: %.4f  F1: %.4f%n", s.precision(), s.recall(), s.f1());
        System.out.printf(Locale.ROOT, "author accuracy: %.4f  timestamp coverage: %.4f%n", s.authorAccuracy(),
                s.timestampCoverage());
        System.out.printf(Locale.ROOT, "false comments on pages without comments: %d%n", s.falseOnNegatives());
        return s.f1() + 1e-12 < minF1 ? 1 : 0;
    }
}
