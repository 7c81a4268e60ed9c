package io.commentpulse.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guards the extractor's measured quality on ../shared/pages-dev (skipped when the shared folder is absent). */
class PagesDevTest {
    static final Path DEV = Path.of("..", "shared", "pages-dev");

    @Test
    void qualityDoesNotRegress() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/pages-dev not present");
        ExtractionEvaluator.Summary s = new ExtractionEvaluator(new Extractor(ExtractOptions.defaults()))
                .evaluate(ExtractionEvaluator.sidecars(DEV));
        assertTrue(s.f1() >= FLOOR_F1, "F1 " + s.f1());
        assertTrue(s.precision() >= FLOOR_PRECISION, "precision " + s.precision());
        assertTrue(s.authorAccuracy() >= FLOOR_AUTHORS, "author accuracy " + s.authorAccuracy());
        assertEquals(0, s.falseOnNegatives(), "comments found on pages without comments");
    }

    static final double FLOOR_F1 = 0.965;
    static final double FLOOR_PRECISION = 0.95;
    static final double FLOOR_AUTHORS = 0.85;
}
