package io.commentpulse.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A "Webpage, Complete" save (a real pages-dev page whose comment section sits in a frame document in its
 * {@code _files} folder) read by the Spark job through Hadoop's file system (a {@code file://} address takes the path
 * that {@code hdfs://} and {@code s3a://} take): one article with its comments, as {@code pulse run} reads it locally.
 */
class SavedFramesOnSparkTest {
    private static final Path PAGE = SparkRunMatchesPulseRunTest.PAGES_DEV.resolve("dragnet-102.html");

    @BeforeAll
    static void localIp() {
        SparkRunMatchesPulseRunTest.localIp();
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void framesSavedBesideARemotePageAreReadWithIt(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), "../shared/pages-dev not present");
        Path saved = Files.createDirectories(tmp.resolve("saved"));
        Document page = Jsoup.parse(Files.readString(PAGE, StandardCharsets.UTF_8));
        Element comments = page.selectFirst("#comments");
        Path files = Files.createDirectories(saved.resolve("An article_files"));
        Files.writeString(files.resolve("saved_resource.html"), "<html><head><meta charset=\"utf-8\"><title>Comments</title>"
                + "</head><body>" + comments.outerHtml() + "</body></html>");
        comments.replaceWith(new Element("iframe").attr("src", "An%20article_files/saved_resource.html"));
        Files.writeString(saved.resolve("An article.html"), page.outerHtml(), StandardCharsets.UTF_8);

        Path a = tmp.resolve("pulse");
        Path b = tmp.resolve("spark");
        assertEquals(0, SparkRunMatchesPulseRunTest.pulse(SparkRunMatchesPulseRunTest.args("run", List.of(saved.toString()), a)));
        assertEquals(0, SparkRunMatchesPulseRunTest.spark(SparkRunMatchesPulseRunTest.args("run",
                List.of(saved.toUri().toString()), b, "--master", "local[1]")));
        List<CSVRecord> local = rows(a.resolve("scored.csv"));
        List<CSVRecord> remote = rows(b.resolve("scored.csv"));
        assertTrue(local.size() >= 10, "comments: " + local.size());
        assertEquals(local.size(), remote.size());
        for (int i = 0; i < local.size(); i++) {
            for (String column : List.of("article_title", "author", "text", "sentiment", "concern")) {
                assertEquals(local.get(i).get(column), remote.get(i).get(column), column);
            }
            assertTrue(remote.get(i).get("source_file").endsWith("An article.html"), remote.get(i).get("source_file"));
        }
        assertEquals(1, rows(b.resolve("reaction-by-article.csv")).size(), "one article, not the frame's file");
    }
}
