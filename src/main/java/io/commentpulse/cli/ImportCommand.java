package io.commentpulse.cli;

import io.commentpulse.io.Csv;
import io.commentpulse.model.DatasetImporter;
import io.commentpulse.model.Importers;
import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.model.NewsReadersImporter;
import io.commentpulse.model.Relabels;
import io.commentpulse.model.UnitSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code pulse import FORMAT SRC --out FILE.csv}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert a public labeled data set to the canonical labeled CSV (id,text,sentiment,concern[,intensity]) "
                + "using the mapping in ../shared/data/README.md.",
                "FORMAT is one of: goemotions, semeval2017, tweeteval, semeval2018-ec, wassa, rwwd, dreaddit, bu-nemo, "
                        + "news-readers (the project's own labeled set: SRC is models/data/news-readers/labels.csv; "
                        + "the text of its page rows is extracted again from --pages)."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "Source format (see above).")
    String format;

    @Parameters(index = "1", paramLabel = "SRC", description = "The source file (or folder, where the format allows it).")
    Path src;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Canonical CSV to write (atomically).")
    Path out;

    @Option(names = "--split", paramLabel = "PART", description = "Only this part (train, dev or test) of a source "
            + "that is split by unit: bu-nemo by news item, news-readers by page. Default: every row.")
    String split;

    @Option(names = "--pages", paramLabel = "DIR", description = "news-readers only: folders holding the pages its "
            + "page rows come from (default: ../shared/pages-dev and ../shared/pages-pool).")
    List<Path> pages;

    @Option(names = "--labels", defaultValue = "both", paramLabel = "WHICH", description = "Keep only the concern or "
            + "only the sentiment labels (concern, sentiment or both; default: ${DEFAULT-VALUE}), e.g. for a source "
            + "whose mapping of the other is coarse (BU-NEmo has no neutral).")
    String labels;

    @Option(names = "--relabel", paramLabel = "CSV", description = "A canonical labeled CSV of rows of this source "
            + "labeled again by the project's guideline (e.g. models/data/goemotions-relabeled/labels.csv): each row "
            + "of the source with the same id and text takes its sentiment and concern instead of the source's "
            + "mapping (repeatable; the source's emotions are kept). A relabeled row whose text differs from the "
            + "source's is not applied, and the command exits 1.")
    List<Path> relabel;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out, java.util.Collections.singletonList(src));
        NewsReadersImporter newsReaders = format.equalsIgnoreCase("news-readers")
                ? new NewsReadersImporter(new PageCommentTexts(pages == null || pages.isEmpty()
                        ? List.of(Path.of("../shared/pages-dev"), Path.of("../shared/pages-pool")) : pages))
                : null;
        DatasetImporter importer = newsReaders != null ? newsReaders : Importers.byName(format).orElseThrow(() ->
                new UsageException("unknown format '" + format + "'; use one of " + Importers.ALL.stream()
                        .map(DatasetImporter::name).collect(Collectors.joining(", ")) + ", news-readers"));
        UnitSplit part;
        try {
            part = split == null ? null : UnitSplit.parse(split);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Files.exists(src)) {
            throw new UsageException(src + ": no such file (expected " + importer.source() + ")");
        }
        List<LabeledExample> rows;
        try {
            rows = importer.read(src, part);
        } catch (IllegalArgumentException e) {
            if (part != null && e.getMessage() != null && e.getMessage().contains("--split")) {
                throw new UsageException(e.getMessage());
            }
            throw new IOException(src + ": not a " + importer.source() + " file: " + Csv.problem(e), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            // Commons CSV reports a missing column or broken quoting this way; say which file, as one line.
            throw new IOException(src + ": not a " + importer.source() + " file: " + Csv.problem(e), e);
        }
        int relabelProblems = 0;
        for (Path file : relabel == null ? List.<Path>of() : relabel) {
            Relabels.Applied applied = Relabels.read(file).apply(rows);
            rows = applied.rows();
            System.err.printf("pulse: %s: %d rows of %s relabeled (concern changed on %d, sentiment on %d)%s%n",
                    file, applied.replaced(), src, applied.concernChanged(), applied.sentimentChanged(),
                    applied.notFound() == 0 ? "" : "; " + applied.notFound() + " of its ids are not in " + src);
            if (applied.textMismatch() > 0) {
                System.err.printf("pulse: %s: %d rows not applied: their text differs from %s's row of the same id%n",
                        file, applied.textMismatch(), src);
                relabelProblems += applied.textMismatch();
            }
        }
        if (!List.of("both", "concern", "sentiment").contains(labels)) {
            throw new UsageException("--labels must be concern, sentiment or both, got '" + labels + "'");
        }
        if (!labels.equals("both")) {
            boolean concernOnly = labels.equals("concern");
            rows = rows.stream().map(r -> new LabeledExample(r.id(), r.text(), concernOnly ? null : r.sentiment(),
                    concernOnly ? r.concern() : null, concernOnly ? r.intensity() : Double.NaN,
                    concernOnly ? r.emotions() : null)).filter(LabeledExample::hasAnyLabel).toList();
        }
        boolean intensity = rows.stream().anyMatch(r -> !Double.isNaN(r.intensity()));
        LabeledCsv.write(out, rows, intensity);
        long s = rows.stream().filter(r -> r.sentiment() != null).count();
        long c = rows.stream().filter(r -> r.concern() != null).count();
        long cPos = rows.stream().filter(r -> r.concern() != null && r.concern() == 1).count();
        System.err.printf("pulse: %s: %d rows (%d with sentiment, %d with concern, %d concerned) -> %s%n",
                src, rows.size(), s, c, cPos, out);
        if (relabelProblems > 0) {
            return 1;
        }
        if (newsReaders != null && newsReaders.missing() > 0) {
            System.err.printf("pulse: %s: %d page rows left out: their text was not found again in %s (page missing, "
                    + "or its extraction changed)%n", src, newsReaders.missing(), pages == null ? "../shared" : pages);
            return 1;
        }
        return 0;
    }
}
