package io.commentpulse.cli;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.input.DisqusExport;
import io.commentpulse.input.FieldMapping;
import io.commentpulse.input.JsonComments;
import io.commentpulse.io.Csv;
import io.commentpulse.io.RecoveringCsv;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;

/** {@code pulse bench inputs}: reading comment exports, streamed, beside reading the same comments as CSV. */
@Command(name = "inputs", mixinStandardHelpOptions = true,
        description = {"Generate a comments CSV, the same comments as JSON Lines, and a Disqus XML export of about "
                + "--disqus-mb MB; read each into the comments CSV the scorer takes and print comments/s and the "
                + "process's peak RSS. Run it with a small heap (PULSE_JAVA_OPTS=-Xmx256m) to see that memory does "
                + "not grow with the file: the readers keep one record at a time (the Disqus reader also the threads' "
                + "links and titles)."})
public final class BenchInputsCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Comments in the CSV and JSON Lines files "
            + "(default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--disqus-mb", defaultValue = "500", description = "Size of the generated Disqus export in MB "
            + "(default: ${DEFAULT-VALUE}).")
    int disqusMb;

    @Option(names = "--keep", description = "Keep the generated files (in target/bench/).")
    boolean keep;

    private static final String[] TEXTS = {"This is worrying news for everyone here.", "Great reporting, thanks!",
            "What happens next? Nobody seems to know.", "Meh. Nothing new.", "They should have fixed this years ago."};

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path csv = dir.resolve("comments-" + rows + ".csv");
        Path jsonl = dir.resolve("comments-" + rows + ".jsonl");
        Path xml = dir.resolve("disqus-" + disqusMb + "mb.xml");
        generate(csv, jsonl);
        long posts = generateDisqus(xml, disqusMb * 1_000_000L);
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());

        long t0 = System.nanoTime();
        long csvRows = 0;
        try (RecoveringCsv p = RecoveringCsv.open(csv, (line, problem) -> { })) {
            for (RecoveringCsv.Row r : p) {
                csvRows += r.record().get("text").isEmpty() ? 0 : 1;
            }
        }
        double csvRate = csvRows / ((System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        JsonComments.Result j = JsonComments.toCsv(jsonl, dir.resolve("from-jsonl.csv"), FieldMapping.guessAll(),
                ZoneOffset.UTC, DataTimestamps.DateOrder.MDY, quiet);
        double jsonRate = j.rows() / ((System.nanoTime() - t0) / 1e9);

        t0 = System.nanoTime();
        DisqusExport.Result d = DisqusExport.toCsv(xml, dir.resolve("from-disqus.csv"), ZoneOffset.UTC, quiet);
        double xmlRate = d.rows() / ((System.nanoTime() - t0) / 1e9);

        System.out.printf(Locale.ROOT, "heap limit: %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "CSV (%d rows, %.0f MB), read:                 %,.0f comments/s%n", csvRows,
                Files.size(csv) / 1e6, csvRate);
        System.out.printf(Locale.ROOT, "JSON Lines (%d rows, %.0f MB), read to CSV:    %,.0f comments/s (%.2fx the CSV's time)%n",
                j.rows(), Files.size(jsonl) / 1e6, jsonRate, csvRate / jsonRate);
        System.out.printf(Locale.ROOT, "Disqus XML (%d posts, %.0f MB), read to CSV:   %,.0f comments/s (%.2fx the CSV's time)%n",
                d.rows(), Files.size(xml) / 1e6, xmlRate, csvRate / xmlRate);
        System.out.printf(Locale.ROOT, "peak RSS (VmHWM): %s%n", BenchScoreCommand.peakRss());
        if (posts != d.rows() || j.rows() != rows) {
            System.err.printf("pulse: expected %d JSON rows and %d posts, read %d and %d%n", rows, posts, j.rows(), d.rows());
            return 1;
        }
        if (!keep) {
            for (Path p : new Path[]{csv, jsonl, xml, dir.resolve("from-jsonl.csv"), dir.resolve("from-disqus.csv")}) {
                Files.deleteIfExists(p);
            }
        }
        return 0;
    }

    private void generate(Path csv, Path jsonl) throws IOException {
        try (CSVPrinter c = Csv.printer(Files.newBufferedWriter(csv), "id", "article_id", "timestamp", "author", "text");
             BufferedWriter j = Files.newBufferedWriter(jsonl)) {
            for (int i = 0; i < rows; i++) {
                String text = TEXTS[i % TEXTS.length] + " #" + i;
                long t = 1714640400L + i;
                c.printRecord("c" + i, "story-" + (i / 1000), t, "user" + (i % 977), text);
                j.write("{\"id\":\"c" + i + "\",\"link_id\":\"story-" + (i / 1000) + "\",\"created_utc\":" + t
                        + ",\"author\":\"user" + (i % 977) + "\",\"body\":\"" + text + "\"}\n");
            }
        }
    }

    private static long generateDisqus(Path xml, long bytes) throws IOException {
        long posts = 0;
        try (BufferedWriter w = Files.newBufferedWriter(xml)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<disqus xmlns=\"http://disqus.com\" "
                    + "xmlns:dsq=\"http://disqus.com/disqus-internals\">\n");
            long written = 0;
            for (int t = 0; written < bytes; t++) {
                String thread = "<thread dsq:id=\"" + t + "\"><link>http://example.com/story-" + t + "</link><title>Story "
                        + t + "</title><createdAt>2024-05-01T08:00:00Z</createdAt><isDeleted>false</isDeleted></thread>\n";
                w.write(thread);
                written += thread.length();
                for (int p = 0; p < 100 && written < bytes; p++) {
                    String post = "<post dsq:id=\"" + t + "-" + p + "\"><message><![CDATA[<p>" + TEXTS[p % TEXTS.length]
                            + "</p>]]></message><createdAt>2024-05-02T09:00:00Z</createdAt><isDeleted>false</isDeleted>"
                            + "<isSpam>false</isSpam><author><name>user" + p + "</name></author><thread dsq:id=\"" + t
                            + "\"/></post>\n";
                    w.write(post);
                    written += post.length();
                    posts++;
                }
            }
            w.write("</disqus>\n");
        }
        return posts;
    }
}
