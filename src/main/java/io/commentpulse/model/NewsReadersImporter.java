package io.commentpulse.model;

import io.commentpulse.io.Csv;
import io.commentpulse.score.Sentiment;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's own news-reader set ({@code models/data/news-readers/labels.csv}, see its README): real reader
 * comments labeled for concern and sentiment by the guideline in {@code models/data/ANNOTATION.md}. Rows from the
 * Civil Comments sample (CC0) carry their text; rows from pages (licences that do not let the text ship) carry only
 * the page and the SHA-1 of the comment's text in their id ({@code pg-PAGE-SHA1PREFIX}), and their text is found
 * again by extracting that page from ../shared ({@link PageComments}). Only rows marked usable are returned; the split
 * is the file's own {@code split} column, made by page (or by comment where the source has no article).
 */
public final class NewsReadersImporter implements DatasetImporter {
    /** Prefix of the news-reader concern definition in the emotions column (an auxiliary label of its own). */
    public static final String SCHEME = "news";
    /** The label whose rows are concern = 1 under this set's guideline. */
    public static final List<String> CONCERN_EMOTIONS = List.of("concern");

    /** The emotions cell of a row labeled by the news-reader definition of concern. */
    public static String emotions(int concern) {
        return SCHEME + ":" + (concern == 1 ? "concern" : "");
    }

    /** The reader comments of a page, by page name (the file name without {@code .html}); empty when not found. */
    @FunctionalInterface
    public interface PageComments {
        List<String> of(String page) throws IOException;
    }

    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private final PageComments pages;
    private int missing;

    public NewsReadersImporter(PageComments pages) {
        this.pages = pages;
    }

    @Override
    public String name() {
        return "news-readers";
    }

    @Override
    public String source() {
        return "models/data/news-readers/labels.csv";
    }

    /** Rows whose page text could not be found again in the last read (a page missing or its extraction changed). */
    public int missing() {
        return missing;
    }

    @Override
    public List<LabeledExample> read(Path src) throws IOException {
        return read(src, null);
    }

    @Override
    public List<LabeledExample> read(Path src, UnitSplit split) throws IOException {
        missing = 0;
        Map<String, Map<String, String>> byPage = new HashMap<>();
        List<LabeledExample> out = new ArrayList<>();
        try (CSVParser p = Csv.parse(src)) {
            for (CSVRecord rec : p) {
                if (!rec.get("usable").strip().equals("1")
                        || split != null && UnitSplit.parse(rec.get("split")) != split) {
                    continue;
                }
                String id = rec.get("item_id");
                String text = rec.get("text");
                if (text.isBlank()) {
                    String page = rec.get("unit");
                    Map<String, String> texts = byPage.get(page);
                    if (texts == null) {
                        texts = new HashMap<>();
                        for (String t : pages.of(page)) {
                            String n = normalize(t);
                            texts.putIfAbsent(sha1Prefix(n), n);
                            texts.putIfAbsent(sha1Prefix("'" + n), n);
                        }
                        byPage.put(page, texts);
                    }
                    text = texts.get(id.substring(id.lastIndexOf('-') + 1));
                    if (text == null) {
                        missing++;
                        continue;
                    }
                }
                int concern = Integer.parseInt(rec.get("concern").strip());
                // a page's readers share their article; a Civil Comment's article is not in the sample
                String thread = rec.get("source").strip().equals("pages") ? rec.get("unit") : null;
                out.add(new LabeledExample(id, text, sentiment(src, rec), concern, Double.NaN, emotions(concern))
                        .withThread(thread));
            }
        }
        return out;
    }

    private static Sentiment sentiment(Path src, CSVRecord rec) throws IOException {
        String s = rec.get("sentiment").strip().toUpperCase(Locale.ROOT);
        try {
            return Sentiment.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IOException(src + ": row " + (rec.getRecordNumber() + 1) + ": sentiment '" + s + "' is not "
                    + "negative, neutral or positive");
        }
    }

    /** Whitespace runs as one space, ends trimmed: the form the item ids were hashed from. */
    static String normalize(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    static String sha1Prefix(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
