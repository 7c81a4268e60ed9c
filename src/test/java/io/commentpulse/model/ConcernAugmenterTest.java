package io.commentpulse.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcernAugmenterTest {
    @Test
    void concernedRowsContainAConcernedTextAndOthersDoNot() {
        List<LabeledExample> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new LabeledExample("p" + i, "WORRY" + i + " this scares me", null, 1, Double.NaN));
            rows.add(new LabeledExample("n" + i, "calm note " + i, null, 0, Double.NaN));
        }
        List<LabeledExample> aug = ConcernAugmenter.augment(rows, 200, 1);
        assertEquals(200, aug.size());
        assertEquals(100, aug.stream().filter(r -> r.concern() == 1).count());
        for (LabeledExample r : aug) {
            assertNull(r.sentiment());
            assertEquals(r.concern() == 1, r.text().contains("WORRY"), r.text());
            assertTrue(r.text().contains("calm note"), "always mixed with unconcerned text: " + r.text());
        }
        assertEquals(aug, ConcernAugmenter.augment(rows, 200, 1), "deterministic for a seed");
    }
}
