package io.commentpulse.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A Reddit thread as saved from its {@code .json} address: a JSON array of two listings, the post and its comment
 * tree. The post is the article (title, permalink, time); every comment ({@code t1}), replies included, is a comment,
 * with {@code created_utc} as its time and the comment it answers as {@code reply_to}. Bodies {@code [deleted]} and
 * {@code [removed]} are left out and counted; "load more" stubs carry no text and are counted too.
 */
public final class RedditThread {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a conversion did. */
    public record Result(long rows, long deleted, long more) {
    }

    private RedditThread() {
    }

    /** True for a .json file that is a JSON array whose first element is a Reddit listing. */
    public static boolean is(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String h = new String(head, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "");
            return h.startsWith("[{\"kind\":\"Listing\"");
        } catch (IOException e) {
            return false;
        }
    }

    public static Result toCsv(Path in, Path out) throws IOException {
        JsonNode root = JSON.readTree(in.toFile());
        JsonNode post = root.path(0).path("data").path("children").path(0).path("data");
        String article = post.path("permalink").asText(post.path("url").asText(post.path("name").asText("")));
        if (article.startsWith("/")) {
            article = "https://www.reddit.com" + article;
        }
        long[] counts = new long[3];
        try (CSVPrinter csv = Csv.printer(Files.newBufferedWriter(out), JsonComments.COLUMNS.toArray(String[]::new))) {
            walk(root.path(1), csv, article, unescape(post.path("title").asText("")), counts);
        }
        return new Result(counts[0], counts[1], counts[2]);
    }

    /**
     * A thread saved from its {@code .json} address has {@code &}, {@code <} and {@code >} escaped as entities in its
     * text (the API's {@code raw_json=1} does not); those three, and only those, are turned back.
     */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static void walk(JsonNode listing, CSVPrinter csv, String article, String title, long[] counts)
            throws IOException {
        for (JsonNode child : listing.path("data").path("children")) {
            String kind = child.path("kind").asText();
            JsonNode d = child.path("data");
            if (kind.equals("more")) {
                counts[2]++;
                continue;
            }
            if (!kind.equals("t1")) {
                continue;
            }
            String body = unescape(d.path("body").asText("")).strip();
            if (body.equals("[deleted]") || body.equals("[removed]") || body.isEmpty()) {
                counts[1]++;
            } else {
                counts[0]++;
                double utc = d.path("created_utc").asDouble(Double.NaN);
                String iso = Double.isNaN(utc) ? ""
                        : DataTimestamps.iso(Instant.ofEpochMilli((long) (utc * 1000)).atOffset(ZoneOffset.UTC));
                String parent = d.path("parent_id").asText("");
                csv.printRecord(Csv.safe(d.path("id").asText("")), Csv.safe(article), Csv.safe(title), iso,
                        Double.isNaN(utc) ? "" : Long.toString((long) utc), Csv.safe(d.path("author").asText("")),
                        parent.startsWith("t1_") ? Csv.safe(parent.substring(3)) : "", Csv.safe(body));
            }
            if (d.path("replies").isObject()) {
                walk(d.path("replies"), csv, article, title, counts);
            }
        }
    }
}
