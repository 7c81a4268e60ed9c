package io.commentpulse.cli;

import io.commentpulse.score.ModelFolder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse models} on the shipped models: each one's key figures, and the threshold {@code pulse run} counts at. */
class ModelsCommandTest {
    @Test
    void listsTheShippedDefaultWithItsThreshold() throws Exception {
        String oldHome = System.getProperty("pulse.home");
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("pulse.home", ".");
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute("models");
        } finally {
            System.setOut(oldOut);
            if (oldHome == null) {
                System.clearProperty("pulse.home");
            } else {
                System.setProperty("pulse.home", oldHome);
            }
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        double threshold = ModelFolder.manifest(Path.of("models", "default")).path("concern_threshold").asDouble(Double.NaN);
        assertTrue(threshold > 0 && threshold < 1, "the shipped default records its threshold");
        assertTrue(text.contains(String.format(Locale.ROOT, "concerned at %.4f or more", threshold)), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("default ")), text);
    }
}
