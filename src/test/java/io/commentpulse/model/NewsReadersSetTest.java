package io.commentpulse.model;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped news-reader labels: their guarantees (split by unit, shipped text only where licensed, kappa file). */
class NewsReadersSetTest {
    static final Path LABELS = Path.of("models", "data", "news-readers", "labels.csv");
    static final Path PASSES = Path.of("models", "data", "news-readers", "passes.csv");

    @Test
    void everyUnitLiesInOnePartAndOnlyCc0TextShips() throws IOException {
        Map<String, String> partOfUnit = new HashMap<>();
        int usable = 0, twice = 0;
        try (CSVParser p = Csv.parse(LABELS)) {
            for (CSVRecord r : p) {
                String unit = r.get("unit");
                assertEquals(UnitSplit.of(unit).label(), r.get("split"), "split of " + unit + " is its hash's");
                String before = partOfUnit.putIfAbsent(unit, r.get("split"));
                assertTrue(before == null || before.equals(r.get("split")), unit + " is in two parts");
                if (r.get("source").equals("pages")) {
                    assertTrue(r.get("text").isEmpty(), "page text must not ship: " + r.get("item_id"));
                    assertTrue(r.get("item_id").startsWith("pg-" + unit + "-"), r.get("item_id"));
                } else {
                    assertEquals("civil", r.get("source"));
                    assertFalse(r.get("text").isBlank(), r.get("item_id"));
                }
                assertTrue(List.of("0", "1").contains(r.get("concern")) && List.of("0", "1").contains(r.get("usable")));
                assertTrue(List.of("negative", "neutral", "positive").contains(r.get("sentiment")));
                usable += r.get("usable").equals("1") ? 1 : 0;
                twice += r.get("labeled").equals("once") ? 0 : 1;
            }
        }
        assertTrue(usable >= 3000, "at least 3,000 usable labeled comments: " + usable);
        assertTrue(twice >= 500, "at least 500 labeled twice: " + twice);
    }

    @Test
    void disagreementsAreAdjudicatedWithAReason() throws IOException {
        int differ = 0;
        try (CSVParser p = Csv.parse(PASSES)) {
            for (CSVRecord r : p) {
                boolean same = r.get("a_concern").equals(r.get("b_concern")) && r.get("a_sentiment").equals(r.get("b_sentiment"))
                        && r.get("a_usable").equals(r.get("b_usable"));
                if (!same) {
                    differ++;
                    assertFalse(r.get("adjudication_reason").isBlank(), r.get("item_id"));
                } else {
                    assertEquals(r.get("a_concern"), r.get("final_concern"));
                }
            }
        }
        assertTrue(differ > 0, "two independent passes that never differ would be suspicious");
    }

    @Test
    void civilRowsReadWithoutPagesAndPageRowsAreCountedMissing(@TempDir Path empty) throws IOException {
        NewsReadersImporter importer = new NewsReadersImporter(page -> List.of());
        List<LabeledExample> rows = importer.read(LABELS, UnitSplit.DEV);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.id().startsWith("cc-")));
        assertTrue(importer.missing() > 0, "page rows cannot be found without their pages");
        assertTrue(Double.isNaN(rows.get(0).intensity()), "no intensity");
    }

    @Test
    void pageRowsAreFoundAgainByExtractingTheirPages() throws IOException {
        Path dev = Path.of("..", "shared", "pages-dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "needs ../shared/pages-dev and pages-pool");
        NewsReadersImporter importer = new NewsReadersImporter(new io.commentpulse.cli.PageCommentTexts(
                List.of(dev, Path.of("..", "shared", "pages-pool"))));
        List<LabeledExample> test = importer.read(LABELS, UnitSplit.TEST);
        assertEquals(0, importer.missing(), "every page row of the test part is found again");
        assertEquals(738, test.size());
        assertEquals(63, test.stream().filter(r -> r.concern() == 1).count());
    }
}
