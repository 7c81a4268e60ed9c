package io.commentpulse.cli;

import io.commentpulse.extract.Article;
import io.commentpulse.extract.Comment;
import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.extract.MarkupVariant;
import io.commentpulse.extract.PageWalk;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVPrinter;
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

/** {@code pulse extract}: pages in, one CSV row per reader comment out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Isolate reader comments from saved article pages and write them as CSV.",
                "PATH may be files or directories (searched recursively for .html, .htm, .txt, .mhtml, .mht and .webarchive files; a frame's file in a saved page's _files folder is read with its page). "
                        + "A page that cannot be read is reported on stderr and skipped; the others are still written.",
                "Exit codes: 0 all pages read, 1 some pages failed, 2 usage error."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Saved pages (HTML, MHTML, Safari Web Archive or plain text) or directories of them; "
            + "a page's frames saved with it (an MHTML archive's, or a \"Webpage, Complete\" save's Page_files folder) are read "
            + "as part of it.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Where to write the comments CSV (written atomically).")
    Path out;

    @Option(names = "--variant", hidden = true, defaultValue = "as-is", description = "Debugging the generalization "
            + "check: extract from the page with its class and id values renamed or removed, or its tags made divs (see eval-extract).")
    String variant;

    @Mixin
    ZoneOption zone;

    @Mixin
    MaxPageOption maxPage;

    @Mixin
    CopiesOption copies;

    @Mixin
    ProgressOption progress;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        OutputFile.check(out);
        Extractor extractor = new Extractor(maxPage.options(zone.zoneId()), MarkupVariant.parse(variant));
        PageWalk walk = copies.apply(new PageWalk(extractor, System.err).excluding(out));
        try (AtomicOutput file = AtomicOutput.open(out);
             CSVPrinter csv = Csv.printer(file.writer(), CommentCsv.HEADER.toArray(String[]::new))) {
            walk.run(inputs, progress.show(), r -> {
                Article a = r.article();
                for (Comment c : r.comments()) {
                    try {
                        csv.printRecord(CommentCsv.row(a, c));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            csv.flush();
            if (walk.pagesRead() == 0) {
                System.err.println("pulse: no page could be read; " + out + " was not written"
                        + (Files.exists(out) ? " (the previous one is kept)" : ""));
                return 1;
            }
            file.commit();
        }
        System.err.printf("pulse: %d pages read, %d failed, %d comments -> %s%n", walk.pagesRead(),
                walk.failures().size(), walk.commentsFound(), out);
        return walk.failures().isEmpty() ? 0 : 1;
    }
}
