package io.commentpulse.spark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pulse-spark compare A B}: are two output folders of the main job the same, row for row? */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two output folders of the main job (pulse run's and pulse-spark run's, or two Spark "
                + "runs) row for row: comments.csv, scored.csv, reaction-by-time.csv and reaction-by-article.csv, text "
                + "cells equal and numbers within 0.0001; report.html present in both.",
                "Exit 0 when they agree, 1 when they differ (the differences are printed)."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "One output folder.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The other.")
    Path b;

    @Override
    public Integer call() throws Exception {
        List<String> diff = OutputComparison.differences(a, b);
        if (diff.isEmpty()) {
            System.out.printf("same: %s and %s (%d scored rows, %d time rows, %d article rows)%n", a, b,
                    OutputComparison.rows(a.resolve("scored.csv")),
                    OutputComparison.rows(a.resolve("reaction-by-time.csv")),
                    OutputComparison.rows(a.resolve("reaction-by-article.csv")));
            return 0;
        }
        diff.forEach(System.out::println);
        System.out.println("differ: " + a + " and " + b);
        return 1;
    }
}
