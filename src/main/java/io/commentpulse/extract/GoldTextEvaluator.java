package io.commentpulse.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the extractor on pages that have no per-comment annotation but an independent gold text of their comment
 * section (../shared/pages-pool: the Dragnet gold after its COMMENTS line, in {@code <page>.gold-comments.txt}).
 * Texts are compared after folding case, accents' compatibility forms and punctuation to single spaces:
 * <ul>
 *   <li>a gold line of at least {@value #MIN_LINE} characters is <em>recalled</em> when it occurs inside the text,
 *   author or time of some extracted comment of the page (the gold keeps bylines and dates in the comment area);</li>
 *   <li>an extracted comment is <em>supported</em> when the first {@value #MIN_LINE} characters of its text (all of it
 *   when shorter) occur in the gold comment text;</li>
 *   <li>a page listed without comments must give none.</li>
 * </ul>
 * Line recall and comment support stand in for recall and precision; neither depends on how this project annotates.
 */
public final class GoldTextEvaluator {
    static final int MIN_LINE = 40;

    /** One page's outcome. */
    public record PageScore(String page, boolean hasComments, int goldLines, int recalled, int extracted,
                            int supported, String error) implements ScoredPage {
    }

    /** Totals. */
    public record Summary(List<PageScore> pages) {
        public int goldLines() {
            return pages.stream().mapToInt(PageScore::goldLines).sum();
        }

        public int recalled() {
            return pages.stream().mapToInt(PageScore::recalled).sum();
        }

        public int extracted() {
            return pages.stream().filter(PageScore::hasComments).mapToInt(PageScore::extracted).sum();
        }

        public int supported() {
            return pages.stream().filter(PageScore::hasComments).mapToInt(PageScore::supported).sum();
        }

        public double lineRecall() {
            return goldLines() == 0 ? 0 : (double) recalled() / goldLines();
        }

        public double support() {
            return extracted() == 0 ? 0 : (double) supported() / extracted();
        }

        public double f1() {
            return ExtractionEvaluator.f1(support(), lineRecall());
        }

        /** Pages with comments on which nothing was extracted. */
        public long emptyPages() {
            return pages.stream().filter(p -> p.hasComments() && p.extracted() == 0).count();
        }

        public int negativePages() {
            return ScoredPage.negativePages(pages);
        }

        public int falseOnNegatives() {
            return ScoredPage.falseOnNegatives(pages);
        }
    }

    private final Extractor extractor;

    public GoldTextEvaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The pages of a pool folder: each {@code *.html} with a {@code .gold.txt} beside it; those with a
     * {@code .gold-comments.txt} have comments, the others have none.
     */
    public static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(p -> Files.exists(sibling(p, ".gold.txt")))
                    .sorted().toList();
        }
    }

    public Summary evaluate(List<Path> pages) throws IOException {
        List<PageScore> out = new ArrayList<>();
        for (Path p : pages) {
            out.add(score(p));
        }
        return new Summary(out);
    }

    public PageScore score(Path page) throws IOException {
        Path goldFile = sibling(page, ".gold-comments.txt");
        boolean has = Files.exists(goldFile);
        String gold = has ? Files.readString(goldFile, StandardCharsets.UTF_8) : "";
        String name = page.getFileName().toString().replaceFirst("\\.html$", "");
        List<Comment> got;
        String error = "";
        try {
            got = extractor.extract(page).comments();
        } catch (BadPageException e) {
            got = List.of();
            error = e.getMessage();
        }
        StringBuilder all = new StringBuilder(" ");
        for (Comment c : got) {
            all.append(fold(c.author())).append(' ').append(fold(c.timestampRaw())).append(' ')
                    .append(fold(c.quote())).append(' ').append(fold(c.text())).append(" | ");
        }
        String extractedText = all.toString();
        int lines = 0;
        int recalled = 0;
        for (String line : gold.split("\\R")) {
            String f = fold(line);
            if (f.length() >= MIN_LINE) {
                lines++;
                if (extractedText.contains(f)) {
                    recalled++;
                }
            }
        }
        String goldFolded = " " + fold(gold) + " ";
        int supported = 0;
        for (Comment c : got) {
            String f = fold(c.text());
            String head = f.length() > MIN_LINE ? f.substring(0, MIN_LINE) : f;
            if (!head.isEmpty() && goldFolded.contains(head)) {
                supported++;
            }
        }
        return new PageScore(name, has, lines, recalled, got.size(), supported, error);
    }

    /** Lower case, compatibility forms folded, every run of non-letters and non-digits one space. */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Path sibling(Path html, String suffix) {
        return html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html$", suffix));
    }
}
