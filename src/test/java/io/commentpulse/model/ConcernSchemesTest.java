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
        assertEquals(List.of(List.of("news:concern"), List.of("bunemo:fear")),
                ConcernSchemes.readoutFor(List.of("bunemo:fear", "news:concern")).groups(),
                "the news-reader and BU-NEmo definitions are schemes of their own");
    }

    @Test
    void aChosenReadoutNamesItsPartsAndRefusesOnesTheModelLacks() {
        List<String> labels = List.of("goemotions:fear", "goemotions:nervousness", "news:concern");
        var r = ConcernSchemes.choose(labels, List.of("news"));
        assertEquals(List.of(List.of("news:concern")), r.groups());
        assertEquals(false, r.head());
        assertEquals(true, ConcernSchemes.choose(labels, List.of("head", "goemotions")).head());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConcernSchemes.choose(labels, List.of("semeval2018")));
        assertEquals(true, e.getMessage().contains("no semeval2018 estimate"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConcernSchemes.choose(labels, List.of("fear")));
        assertEquals(true, e.getMessage().contains("unknown readout part 'fear'"), e.getMessage());
    }
}
