package io.commentpulse.model;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DreadditImporterTest {
    static final Path TRAIN = Path.of("..", "shared", "data", "dreaddit", "dreaddit-train.csv");

    @Test
    void readsTheSharedTrainSplitWithTheCountsOfItsSourceNote() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TRAIN), "needs ../shared/data/dreaddit");
        List<LabeledExample> rows = new DreadditImporter().read(TRAIN);
        assertEquals(2838, rows.size());
        assertEquals(1488, rows.stream().filter(r -> r.concern() == 1).count(), "stressed segments");
        for (LabeledExample r : rows) {
            assertNull(r.sentiment());
            assertEquals(r.concern() == 1 ? "dreaddit:stressed" : "dreaddit:", r.emotions());
            assertTrue(!r.text().isBlank() && !r.text().contains("\r"), r.id());
        }
        assertEquals("8601tu-15-20", rows.get(0).id());
        assertEquals(rows.size(), rows.stream().map(LabeledExample::id).distinct().count(), "ids are unique");
    }

    @Test
    void readsColumnsByNameInEitherSplitsOrderAndNamesABadLabelsRow(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("test-order.csv");
        Files.writeString(f, "id,subreddit,post_id,sentence_range,text,label,confidence\r\n"
                + "1,anxiety,abc1,\"[0, 5]\",\"I can't sleep, what if it happens again?\",1,0.8\r\n"
                + "2,food_pantry,abc2,\"(5, 10)\",Thanks to everyone who donated!,0,1.0");
        List<LabeledExample> rows = new DreadditImporter().read(f);
        assertEquals(List.of("abc1-0-5", "abc2-5-10"), rows.stream().map(LabeledExample::id).toList());
        assertEquals(List.of(1, 0), rows.stream().map(LabeledExample::concern).toList());
        assertEquals("I can't sleep, what if it happens again?", rows.get(0).text());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "post_id,sentence_range,text,label\nabc1,\"(0, 5)\",fine,1\nabc2,\"(0, 5)\",odd,stressed\n");
        IOException e = assertThrows(IOException.class, () -> new DreadditImporter().read(bad));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("'stressed'"), e.getMessage());
    }
}
