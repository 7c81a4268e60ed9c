package io.commentpulse.report;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: the driving words highlighted inline, as inert escaped markup readable without colour. */
class DriversTest {
    @Test
    void drivingWordsAreMarkedAndEverythingElseEscaped() {
        String html = Drivers.highlight("Man, this is some scary stuff <script>alert(1)</script> ok",
                "scary(+0.51) stuff(-0.08) <script>(+0.30)");
        assertTrue(html.contains("<u class=\"up\" title=\"+0.51\">scary</u>"), html);
        assertTrue(html.contains("<s class=\"down\" title=\"-0.08\">stuff</s>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void wholeWordsOnlyAndRightToLeftTextKept() {
        String html = Drivers.highlight("scaryish but scary, مرحبا 😀", "scary(+0.40) مرحبا(+0.10)");
        assertTrue(html.startsWith("scaryish but <u class=\"up\" title=\"+0.40\">scary</u>,"), html);
        assertTrue(html.contains("<u class=\"up\" title=\"+0.10\">مرحبا</u> 😀"), html);
        assertEquals("a &amp; b", Drivers.highlight("a & b", ""));
    }

    @Test
    void articleWordsSumTheConcernRaisingWords() {
        Map<String, Double> words = new HashMap<>();
        Drivers.tally(words, "Scary(+0.51) stuff(-0.08)");
        Drivers.tally(words, "scary(+0.20) not good(+0.10)");
        assertEquals(0.71, words.get("scary"), 1e-9);
        assertEquals(0.10, words.get("not good"), 1e-9);
        assertFalse(words.containsKey("stuff"), "a word that lowered concern is not a driver of it");
    }
}
