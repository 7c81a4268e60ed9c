package io.commentpulse.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The concern readout's arithmetic and its manifest form. */
class ConcernReadoutTest {
    private static final List<String> LABELS = List.of("a:fear", "a:joy", "a:nervousness", "b:fear", "b:pessimism");
    private static final ConcernReadout TWO = new ConcernReadout(List.of(List.of("a:fear", "a:nervousness"),
            List.of("b:fear", "b:pessimism")));

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void averagesTheLogitsOfTheHeadAndOfEachGroupsNoisyOr() {
        float[] head = {0.9f, 0.2f};
        float[] emotions = {0.5f, 0.9f, 0.5f, 0.5f, 0.5f, // row 0: every group at 1 − 0.5 · 0.5 = 0.75
                0.1f, 0.99f, 0.3f, 0.5f, 0f};            // row 1: 1 − 0.9 · 0.7 = 0.37 and 0.5; joy is not read
        ConcernReadout.Bound b = TWO.bind(LABELS);
        double z0 = (logit(0.9) + 2 * logit(0.75)) / 3;
        double z1 = (logit(0.2) + logit(0.37) + logit(0.5)) / 3;
        assertEquals(1 / (1 + Math.exp(-z0)), b.concern(head, emotions, 0), 1e-6);
        assertEquals(1 / (1 + Math.exp(-z1)), b.concern(head, emotions, 1), 1e-6);
    }

    @Test
    void aReadoutWithoutTheHeadAveragesItsGroupsAloneAndSurvivesTheManifest() throws Exception {
        ConcernReadout groupsOnly = new ConcernReadout(List.of(List.of("b:fear", "b:pessimism")), false);
        float[] emotions = {0.5f, 0.9f, 0.5f, 0.6f, 0.5f}; // b: 1 − 0.4 · 0.5 = 0.8
        assertEquals(0.8, groupsOnly.bind(LABELS).concern(new float[]{0.01f}, emotions, 0), 1e-6, "the head is not read");
        ObjectNode manifest = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        manifest.set(ConcernReadout.KEY, groupsOnly.toJson());
        assertEquals(groupsOnly, ConcernReadout.of(manifest));
        manifest.set(ConcernReadout.KEY, TWO.toJson());
        assertEquals(TWO, ConcernReadout.of(manifest), "a readout with the head keeps its old manifest form");
        assertFalse(TWO.toJson().has("head"));
        assertThrows(IllegalArgumentException.class, () -> new ConcernReadout(List.of(), false));
    }

    @Test
    void readingOnlyTheUsedColumnsGivesTheSameConcern() {
        ConcernReadout.Bound b = TWO.bind(List.of("b:pessimism", "a:joy", "a:fear", "b:fear", "x:y", "a:nervousness"));
        assertEquals(List.of(0, 2, 3, 5), java.util.Arrays.stream(b.columns()).boxed().toList());
        float[] full = {0.3f, 0.99f, 0.2f, 0.1f, 0.5f, 0.6f};
        float[] used = {0.3f, 0.2f, 0.1f, 0.6f};
        float[] head = {0.05f};
        assertEquals(b.concern(head, full, 0), b.onColumns().concern(head, used, 0), 1e-12);
    }

    @Test
    void theHeadAloneIsReportedUnchangedAndNeedsNoEmotions() {
        ConcernReadout.Bound b = ConcernReadout.HEAD.bind(List.of());
        assertFalse(b.usesEmotions());
        assertEquals(0.123f, b.concern(new float[]{0.5f, 0.123f}, null, 1));
    }

    @Test
    void probabilitiesOfZeroAndOneStayFinite() {
        double c = TWO.bind(LABELS).concern(new float[]{1f}, new float[]{0f, 0f, 0f, 1f, 1f}, 0);
        assertTrue(c > 0 && c < 1 && !Double.isNaN(c), "concern " + c);
    }

    @Test
    void aGroupNamingALabelTheOutputLacksIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TWO.bind(List.of("a:fear", "a:nervousness", "b:fear")));
        assertTrue(e.getMessage().contains("b:pessimism"), e.getMessage());
    }

    @Test
    void survivesTheManifestAndAManifestWithoutOneReadsTheHead() {
        ObjectNode manifest = ModelFolder.json().createObjectNode();
        assertEquals(ConcernReadout.HEAD, ConcernReadout.of(manifest));
        manifest.set(ConcernReadout.KEY, TWO.toJson());
        assertEquals(TWO, ConcernReadout.of(manifest));
        manifest.putObject(ConcernReadout.KEY).put("groups", "fear");
        assertThrows(IllegalArgumentException.class, () -> ConcernReadout.of(manifest));
    }
}
