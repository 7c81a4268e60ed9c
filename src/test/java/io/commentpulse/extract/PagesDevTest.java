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

    /** Issue 15: pages-dev stays at F1 0.97 or more for HTML pages and for their text dumps, each on its own. */
    @Test
    void htmlAndTextDumpsEachStayAtPointNinetySeven() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/pages-dev not present");
        ExtractionEvaluator.Summary s = new ExtractionEvaluator(new Extractor(ExtractOptions.defaults()))
                .evaluate(ExtractionEvaluator.sidecars(DEV));
        var html = new ExtractionEvaluator.Summary(s.pages().stream().filter(p -> !p.page().endsWith(".txt")).toList());
        var text = new ExtractionEvaluator.Summary(s.pages().stream().filter(p -> p.page().endsWith(".txt")).toList());
        assertTrue(text.pages().size() >= 10, "text dumps: " + text.pages().size());
        assertTrue(html.f1() >= 0.97, "HTML F1 " + html.f1());
        assertTrue(text.f1() >= 0.97, "text F1 " + text.f1());
        assertEquals(0, text.falseOnNegatives() + html.falseOnNegatives());
    }

    /** Spaces beside Chinese or Japanese characters are optional, and a text dump may drop them; Latin ones count. */
    @Test
    void comparisonIgnoresOnlyTheSpacesCjkTextMayDrop() {
        assertEquals(ComparableText.of("好厚的紅毯趴在地上"), ComparableText.of("好厚的紅毯 趴在地上"));
        assertEquals(ComparableText.of("Cora晚安：幾天"), ComparableText.of("Cora晚安： 幾天"));
        assertEquals("the other way", ComparableText.of("The  other\n way"));
        assertTrue(!ComparableText.of("theother").equals(ComparableText.of("the other")));
    }

    static final double FLOOR_F1 = 0.965;
    static final double FLOOR_PRECISION = 0.95;
    static final double FLOOR_AUTHORS = 0.85;
}
