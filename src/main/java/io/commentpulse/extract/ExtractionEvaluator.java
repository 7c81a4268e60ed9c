package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores the extractor against pages with {@code *.expected.json} sidecars: an expected comment is found when an
 * extracted comment of the same page starts with its {@code text_start} (or {@code text_start_after_quote}; or, where
 * the comment has a {@code title}, with the title then the text: a text dump cannot tell them apart; or, for a comment
 * that is only a title and so has an empty {@code text_start}, with its title), whitespace-normalised; authors and
 * timestamps are then checked on the found pairs.
 */
public final class ExtractionEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per-page outcome. */
    public record PageScore(String page, boolean hasComments, int expected, int extracted, int matched,
                            int authorOk, int timestampExpected, int timestampFound, String error, String language)
            implements ScoredPage {
    }

    /** Totals over all pages. */
    public record Summary(List<PageScore> pages) {
        public int expected() {
            return pages.stream().mapToInt(PageScore::expected).sum();
        }

        public int extracted() {
            return pages.stream().mapToInt(PageScore::extracted).sum();
        }

        public int matched() {
            return pages.stream().mapToInt(PageScore::matched).sum();
        }

        public double precision() {
            return extracted() == 0 ? 0 : (double) matched() / extracted();
        }

        public double recall() {
            return expected() == 0 ? 0 : (double) matched() / expected();
        }

        public double f1() {
            return ExtractionEvaluator.f1(precision(), recall());
        }

        public double authorAccuracy() {
            return matched() == 0 ? 0 : (double) pages.stream().mapToInt(PageScore::authorOk).sum() / matched();
        }

        public double timestampCoverage() {
            int want = pages.stream().mapToInt(PageScore::timestampExpected).sum();
            return want == 0 ? 1 : (double) pages.stream().mapToInt(PageScore::timestampFound).sum() / want;
        }

        public int negativePages() {
            return ScoredPage.negativePages(pages);
        }

        public int falseOnNegatives() {
            return ScoredPage.falseOnNegatives(pages);
        }
    }

    /** The harmonic mean of precision and recall (0 when both are 0). */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private final Extractor extractor;
    private final Path pagesFrom;
    private final boolean cutThreads;
    private final List<String> notCut = new ArrayList<>();
    private int cutPages;

    public ExtractionEvaluator(Extractor extractor) {
        this(extractor, null);
    }

    /** An evaluator that reads the pages from {@code pagesFrom} (null: beside each sidecar). */
    public ExtractionEvaluator(Extractor extractor, Path pagesFrom) {
        this(extractor, pagesFrom, false);
    }

    /**
     * As above; with {@code cutThreads}, each page with comments is read with its thread cut out ({@link ThreadCut})
     * and scored as a page without comments, so that every comment found on it counts as false. A page whose thread
     * cannot be found in its markup is left out ({@link #notCut()}).
     */
    public ExtractionEvaluator(Extractor extractor, Path pagesFrom, boolean cutThreads) {
        this.extractor = extractor;
        this.pagesFrom = pagesFrom;
        this.cutThreads = cutThreads;
    }

    /** How many pages were read with their thread cut out (with {@code cutThreads}). */
    public int cutPages() {
        return cutPages;
    }

    /** The pages left out because their thread could not be cut out (with {@code cutThreads}). */
    public List<String> notCut() {
        return List.copyOf(notCut);
    }

    /** Every {@code *.expected.json} under {@code dir} whose page file exists next to it. */
    public static List<Path> sidecars(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    public Summary evaluate(List<Path> sidecars) throws IOException {
        return evaluate(sidecars, done -> { });
    }

    /** As above, telling {@code progress} how many pages are done after each. */
    public Summary evaluate(List<Path> sidecars, java.util.function.LongConsumer progress) throws IOException {
        List<PageScore> scores = new ArrayList<>();
        int done = 0;
        for (Path sidecar : sidecars) {
            PageScore score = score(sidecar);
            if (score != null) {
                scores.add(score);
            }
            progress.accept(++done);
        }
        return new Summary(scores);
    }

    /** The page's score; null for a page left out because its thread could not be cut out. */
    public PageScore score(Path sidecar) throws IOException {
        JsonNode spec = JSON.readTree(sidecar.toFile());
        Path page = pagesFrom == null ? sidecar.resolveSibling(spec.path("page").asText())
                : pagesFrom.resolve(spec.path("page").asText());
        List<JsonNode> expected = new ArrayList<>();
        spec.path("comments").forEach(expected::add);
        boolean has = spec.path("has_comments").asBoolean(!expected.isEmpty());
        ThreadCut cut = cutThreads && !expected.isEmpty()
                ? new ThreadCut(expected.stream().map(c -> c.path("text_start").asText()).toList(),
                        expected.stream().map(c -> c.path("author").asText("")).toList()) : null;
        List<Comment> got;
        String error = "";
        try {
            got = (cut == null ? extractor : extractor.through(cut)).extract(page).comments();
        } catch (BadPageException e) {
            got = List.of();
            error = e.getMessage();
        }
        if (cut != null) {
            if (!cut.cut()) {
                notCut.add(spec.path("page").asText());
                return null;
            }
            cutPages++;
            expected = List.of();   // its thread is gone: every comment found on it is a false one
            has = false;
        }
        boolean[] used = new boolean[got.size()];
        int matched = 0;
        int authorOk = 0;
        int tsWant = 0;
        int tsFound = 0;
        for (JsonNode exp : expected) {
            String start = norm(exp.path("text_start").asText());
            String alt = norm(exp.path("text_start_after_quote").asText(""));
            // a comment that is only a title (SB Nation) has an empty text_start: its title is its text; and where the
            // input cannot tell a title from the text (a text dump), the comment may start with its title
            String title = norm(exp.path("title").asText(""));
            String titled = title.isEmpty() ? "" : norm(title + " " + start);
            for (int i = 0; i < got.size(); i++) {
                if (used[i]) {
                    continue;
                }
                String text = norm(got.get(i).text());
                String withQuote = norm(got.get(i).quote() + " " + got.get(i).text());
                if (starts(text, start) || starts(withQuote, start) || !alt.isEmpty() && starts(text, alt)
                        || start.isEmpty() && starts(text, title) || starts(text, titled)) {
                    used[i] = true;
                    matched++;
                    if (norm(exp.path("author").asText()).equalsIgnoreCase(norm(got.get(i).author()))) {
                        authorOk++;
                    }
                    if (!exp.path("timestamp").isNull() && exp.hasNonNull("timestamp")) {
                        tsWant++;
                        if (got.get(i).timestamp() != null || !got.get(i).timestampRaw().isEmpty()) {
                            tsFound++;
                        }
                    }
                    break;
                }
            }
        }
        StringBuilder sample = new StringBuilder();
        expected.forEach(exp -> sample.append(exp.path("text_start").asText()).append(' '));
        if (expected.isEmpty()) {
            got.forEach(c -> sample.append(c.text()).append(' '));
        }
        return new PageScore(spec.path("page").asText(), has, expected.size(),
                got.size(), matched, authorOk, tsWant, tsFound, error, Language.guess(sample.toString()));
    }

    private static boolean starts(String text, String start) {
        return !start.isEmpty() && text.startsWith(start);
    }

    /** Text as compared ({@link ComparableText}). */
    private static String norm(String s) {
        return ComparableText.of(s);
    }
}
