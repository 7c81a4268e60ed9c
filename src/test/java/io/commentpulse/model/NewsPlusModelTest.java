package io.commentpulse.model;

import io.commentpulse.score.ModelFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped optional model models/news-plus (the default and the encoder model read together, pulse combine): on
 * the news-reader test part (split by page, used for nothing else) it must read news readers better than the default
 * it combines, and keep the floors its first measure set (models/README.md, session 14). It also proves the
 * combination still matches its members: a default promoted without combining again fails here.
 */
class NewsPlusModelTest {
    static final Path NEWS_PLUS = Path.of("models", "news-plus");

    @Test
    void readsTheNewsReaderTestPartBetterThanTheDefault() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NEWS_PLUS.resolve(ModelFolder.MANIFEST)), "no news-plus model");
        Path pages = Path.of("..", "shared", "pages-pool");
        Assumptions.assumeTrue(Files.isDirectory(pages), "needs ../shared (the page rows' text)");
        List<LabeledExample> test = DefaultModelOnNewsReadersTest.newsReadersTestPart();
        Evaluation plus = DefaultModelOnNewsReadersTest.evaluate(NEWS_PLUS, "news-readers test", test);
        Evaluation def = DefaultModelOnNewsReadersTest.evaluate(DefaultModelOnNewsReadersTest.DEFAULT, "news-readers test", test);
        // session 14: 0.860 and 0.771, the default 0.845 and 0.695
        assertTrue(plus.rocAuc() >= 0.85, "concern ROC-AUC " + plus.rocAuc());
        assertTrue(plus.macroF1() >= 0.75, "sentiment macro-F1 " + plus.macroF1());
        assertTrue(plus.rocAuc() > def.rocAuc() && plus.macroF1() > def.macroF1(),
                "news-plus " + plus.rocAuc() + " / " + plus.macroF1() + " against the default " + def.rocAuc() + " / " + def.macroF1());
    }

    @Test
    void readsBuNemoDevReactions() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NEWS_PLUS.resolve(ModelFolder.MANIFEST)), "no news-plus model");
        Assumptions.assumeTrue(Files.isRegularFile(BuNemoImporterTest.DATA), "needs ../shared/data/bu-nemo");
        Evaluation e = DefaultModelOnNewsReadersTest.evaluate(NEWS_PLUS, "bu-nemo dev", new BuNemoImporter().read(BuNemoImporterTest.DATA, UnitSplit.DEV));
        assertTrue(e.rocAuc() >= 0.81, "concern ROC-AUC " + e.rocAuc());   // 0.827 (the default 0.787)
    }

    /**
     * The seed thread (8 worried readers under one story; no seed text is in any training or fit file), read by
     * news-plus in its thread: measured in session 28 at 7 of 8 over the model's threshold (5 of 8 from the texts
     * alone), none positive. A floor, not a target: nothing was chosen on the seeds.
     */
    @Test
    void theSeedThreadsWorriedReadersAreReadAsConcernedInTheirThread(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NEWS_PLUS.resolve(ModelFolder.MANIFEST)), "no news-plus model");
        Path out = dir.resolve("seeds.csv");
        assertTrue(io.commentpulse.cli.Main.commandLine().execute("score", "seeds", "--model", NEWS_PLUS.toString(),
                "--thread-context", "-o", out.toString(), "--no-progress") == 0);
        double threshold = ModelFolder.load(NEWS_PLUS).concernThreshold();
        int inThread = 0;
        int alone = 0;
        try (java.io.Reader r = Files.newBufferedReader(out)) {
            List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).build().parse(r).getRecords();
            assertTrue(rows.size() == 8, rows.size() + " seed comments");
            for (org.apache.commons.csv.CSVRecord row : rows) {
                inThread += Double.parseDouble(row.get("concern")) >= threshold ? 1 : 0;
                alone += Double.parseDouble(row.get("concern_alone")) >= threshold ? 1 : 0;
                assertTrue(!row.get("sentiment").equals("positive"), row.get("text"));
            }
        }
        assertTrue(inThread >= 6, inThread + " of 8 concerned in their thread");
        assertTrue(inThread >= alone, inThread + " in their thread, " + alone + " alone");
    }
}
