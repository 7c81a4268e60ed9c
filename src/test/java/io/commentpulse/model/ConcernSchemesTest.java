package io.commentpulse.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcernSchemesTest {
    @Test
    void eachSchemeWhoseConcernLabelsAreAllPresentBecomesAGroupInTheReadout() {
        List<String> labels = List.of("dreaddit:stressed", "goemotions:fear", "goemotions:joy", "goemotions:nervousness",
                "semeval2018:fear", "semeval2018:trust");
        assertEquals(List.of(List.of("goemotions:fear", "goemotions:nervousness"), List.of("dreaddit:stressed")),
                ConcernSchemes.readoutFor(labels).groups(),
                "SemEval-2018 lacks pessimism here, so it gives no group");
        assertEquals(List.of(), ConcernSchemes.readoutFor(List.of("news:worried", "dreaddit:calm")).groups());
    }
}
