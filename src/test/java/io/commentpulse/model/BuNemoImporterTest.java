package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuNemoImporterTest {
    static final Path DATA = Path.of("..", "shared", "data", "bu-nemo", "data_10.json");

    @Test
    void theSharedFileGivesItsSourceNotesMappingSplitByNewsItem() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DATA), "needs ../shared/data/bu-nemo");
        BuNemoImporter importer = new BuNemoImporter();
        List<LabeledExample> all = importer.read(DATA);
        // SOURCE.md: "About 6,000 rows, 14% Fear"
        assertTrue(all.size() > 5500 && all.size() < 7000, "rows " + all.size());
        double fear = all.stream().filter(r -> r.concern() == 1).count() / (double) all.size();
        assertTrue(fear > 0.12 && fear < 0.16, "fear share " + fear);
        for (LabeledExample r : all) {
            assertTrue(r.text().split(" ").length >= 3, r.text());
            assertTrue(r.sentiment() != Sentiment.NEUTRAL, "the source has no neutral");
            assertEquals(r.concern() == 1, !Double.isNaN(r.intensity()), "intensity only on Fear rows");
            if (r.concern() == 1) {
                assertEquals(Sentiment.NEGATIVE, r.sentiment());
            }
            // every reaction names its news item as its thread (what `--thread-context` reads)
            assertEquals(r.id().substring(0, r.id().lastIndexOf('-')), r.thread(), r.id());
        }
        int total = 0;
        Set<String> unitsSeen = new HashSet<>();
        for (UnitSplit part : UnitSplit.values()) {
            List<LabeledExample> rows = importer.read(DATA, part);
            total += rows.size();
            Set<String> units = new HashSet<>();
            rows.forEach(r -> units.add(r.id().substring(0, r.id().lastIndexOf('-'))));
            for (String u : units) {
                assertTrue(unitsSeen.add(u), "news item " + u + " is in two parts");
            }
            assertFalse(rows.isEmpty(), part.label());
        }
        assertEquals(all.size(), total, "the three parts make up the whole");
    }

    @Test
    void mapsEmotionsAndDropsShortAndRepeatedReasons(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, """
                {"Shooting at a mall": {"url": "x", "text_responses": [
                   {"emotion": "Fear", "intensity": 5, "reason": "it could happen anywhere"},
                   {"emotion": "Contentment", "intensity": 2, "reason": "no strong feeling here"},
                   {"emotion": "Anger", "intensity": 3, "reason": "so sad"}],
                 "textimage_responses": [{"emotion": "Fear", "intensity": 1, "reason": "It could  happen anywhere"}],
                 "image_responses": [{"emotion": "Awe", "intensity": 3, "reason": "the picture is striking"}]}}
                """);
        List<LabeledExample> rows = new BuNemoImporter().read(f);
        assertEquals(2, rows.size(), "a two-word reason, a repeat and the image-only reaction are left out");
        assertEquals(1, rows.get(0).concern());
        assertEquals(1.0, rows.get(0).intensity(), 1e-9);
        assertEquals(Sentiment.POSITIVE, rows.get(1).sentiment());
        assertEquals(0, rows.get(1).concern());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"h\": {\"text_responses\": [{\"emotion\": \"Joy\", \"intensity\": 3, \"reason\": \"a b c\"}]}}");
        IOException e = assertThrows(IOException.class, () -> new BuNemoImporter().read(bad));
        assertTrue(e.getMessage().contains("'joy'"), e.getMessage());
    }

    @Test
    void unitSplitIsStableAndRoughlySixtyTwentyTwenty() {
        int[] n = new int[3];
        for (int i = 0; i < 3000; i++) {
            n[UnitSplit.of("unit " + i).ordinal()]++;
        }
        assertTrue(Math.abs(n[0] - 1800) < 120 && Math.abs(n[1] - 600) < 90 && Math.abs(n[2] - 600) < 90,
                java.util.Arrays.toString(n));
        assertEquals(UnitSplit.of("dragnet-153"), UnitSplit.of("dragnet-153"));
        assertThrows(IllegalArgumentException.class, () -> UnitSplit.parse("validation"));
    }
}
