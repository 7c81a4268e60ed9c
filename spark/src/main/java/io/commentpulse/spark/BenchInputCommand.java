package io.commentpulse.spark;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pulse-spark bench-input}: the inputs of {@code spark/bench}, made from real pages and their comments:
 * N pages as hard links to the given pages (in numbered folders), and a comments table of M rows cycling through a
 * real comments CSV (fresh ids), split into files so that Spark can read them in parallel.
 */
@Command(name = "bench-input", mixinStandardHelpOptions = true,
        description = "Makes the benchmark's inputs from real pages and a real comments CSV (see spark/bench).")
public final class BenchInputCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Page files to repeat.")
    List<Path> pages;

    @Option(names = "--pages", defaultValue = "10000", description = "Pages to make (default: ${DEFAULT-VALUE}).")
    int pageCount;

    @Option(names = "--comments-from", required = true, paramLabel = "CSV",
            description = "A comments CSV (as pulse extract writes) to repeat.")
    Path comments;

    @Option(names = "--comments", defaultValue = "1000000", description = "Rows to make (default: ${DEFAULT-VALUE}).")
    long commentCount;

    @Option(names = "--files", defaultValue = "4", description = "Comment files to split them into (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for pages/ and comments-N.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path pageDir = Files.createDirectories(out.resolve("pages"));
        for (int i = 0; i < pageCount; i++) {
            Path src = pages.get(i % pages.size()).toAbsolutePath();
            Path dir = Files.createDirectories(pageDir.resolve(String.format("c%04d", i / pages.size())));
            Path link = dir.resolve(src.getFileName());
            if (!Files.exists(link)) {
                Files.createLink(link, src);
            }
        }
        List<CSVRecord> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser p = Csv.parse(comments)) {
            header = p.getHeaderNames();
            p.forEach(rows::add);
        }
        int id = header.indexOf("comment_id");
        long perFile = (commentCount + files - 1) / files;
        long n = 0;
        for (int f = 0; f < files; f++) {
            try (Writer w = Files.newBufferedWriter(out.resolve("comments-" + f + ".csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = Csv.printer(w, header.toArray(String[]::new))) {
                for (long i = 0; i < perFile && n < commentCount; i++, n++) {
                    List<String> cells = new ArrayList<>(rows.get((int) (n % rows.size())).toList());
                    cells.set(id, "b" + n);
                    csv.printRecord(cells);
                }
            }
        }
        System.out.printf("%d pages in %s, %d comments in %d files%n", pageCount, pageDir, n, files);
        return 0;
    }
}
