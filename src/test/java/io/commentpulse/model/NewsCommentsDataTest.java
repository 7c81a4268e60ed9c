package io.commentpulse.model;

import io.commentpulse.extract.Comment;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written news-comment files the default model trains and is checked on (models/data). */
class NewsCommentsDataTest {
    private static final Path TRAIN = Path.of("models", "data", "news-comments-train.csv");
    private static final Path DEV = Path.of("models", "data", "news-comments-dev.csv");

    @Test
    void bothFilesAreCleanCanonicalCsvWithBothLabelsOnEveryRow() throws Exception {
        for (Path f : List.of(TRAIN, DEV)) {
            LabeledCsv.Result r = LabeledCsv.read(f);
            assertEquals(List.of(), r.messages(), f + " reads without a problem");
            assertEquals(0, r.skipped() + r.mapped() + r.duplicates() + r.conflicts(), f.toString());
            long concerned = r.rows().stream().filter(x -> x.concern() == 1).count();
            for (LabeledExample x : r.rows()) {
                assertTrue(x.sentiment() != null && x.concern() != null, f + ": " + x.id() + " has both labels");
            }
            // balanced, so neither label can be learned from the file's base rate
            assertTrue(concerned > 0.4 * r.rows().size() && concerned < 0.6 * r.rows().size(), f + ": " + concerned);
        }
    }

    @Test
    void devRowsAndSeedCommentsAreNotInTraining() throws Exception {
        Set<String> train = new HashSet<>();
        LabeledCsv.read(TRAIN).rows().forEach(x -> train.add(norm(x.text())));
        for (LabeledExample x : LabeledCsv.read(DEV).rows()) {
            assertFalse(train.contains(norm(x.text())), "dev row in training: " + x.id());
        }
        Extractor ex = new Extractor(ExtractOptions.defaults());
        int seedComments = 0;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                for (Comment c : ex.extract(p).comments()) {
                    seedComments++;
                    String seed = norm(c.text());
                    for (String t : train) {
                        assertFalse(t.contains(seed) || seed.contains(t), "seed comment in training: " + c.text());
                    }
                }
            }
        }
        assertEquals(8, seedComments);
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
