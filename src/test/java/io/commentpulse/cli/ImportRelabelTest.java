package io.commentpulse.cli;

import io.commentpulse.model.LabeledCsv;
import io.commentpulse.model.LabeledExample;
import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse import goemotions … --relabel}: the team's labels replace the mapping, row by row, on real rows. */
class ImportRelabelTest {
    static final Path TRAIN = Path.of("..", "shared", "data", "goemotions", "train.tsv");

    @TempDir
    Path dir;

    @Test
    void relabeledRowsTakeTheTeamsLabelsAndAChangedTextIsNamedWithExitOne() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TRAIN), "needs ../shared/data/goemotions");
        // The first 200 real rows of GoEmotions train, beside the set's own label files.
        List<String> lines = Files.readAllLines(TRAIN, StandardCharsets.UTF_8).subList(0, 200);
        Path src = dir.resolve("train.tsv");
        Files.write(src, lines, StandardCharsets.UTF_8);
        for (String mapping : List.of("emotions.txt", "sentiment_mapping.json", "ekman_mapping.json")) {
            Files.copy(TRAIN.resolveSibling(mapping), dir.resolve(mapping));
        }
        String[] first = lines.get(0).split("\t");
        String[] second = lines.get(1).split("\t");
        Path relabel = dir.resolve("relabel.csv");
        Files.writeString(relabel, "id,text,sentiment,concern\n"
                + first[2] + ",\"" + first[0].replace("\"", "\"\"") + "\",negative,1\n"
                + second[2] + ",a text that is not the source's,negative,1\n");
        Path out = dir.resolve("out.csv");

        Object[] r = ExtractBadInputTest.run("import", "goemotions", src.toString(), "--relabel", relabel.toString(),
                "--out", out.toString());
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains(relabel + ": 1 rows of " + src + " relabeled"), err);
        assertTrue(err.contains(relabel + ": 1 rows not applied: their text differs"), err);

        Map<String, LabeledExample> written = LabeledCsv.read(out).rows().stream()
                .collect(Collectors.toMap(LabeledExample::id, Function.identity(), (a, b) -> a));
        assertEquals(200, written.size(), "every row is still written");
        assertEquals(Sentiment.NEGATIVE, written.get(first[2]).sentiment());
        assertEquals(1, written.get(first[2]).concern());

        Path plain = dir.resolve("plain.csv");
        assertEquals(0, ExtractBadInputTest.run("import", "goemotions", src.toString(), "--out", plain.toString())[0]);
        LabeledExample unchanged = LabeledCsv.read(plain).rows().stream().filter(e -> e.id().equals(second[2]))
                .findFirst().orElseThrow();
        assertEquals(unchanged.concern(), written.get(second[2]).concern(), "a row whose text differs keeps the mapping");
        assertEquals(unchanged.sentiment(), written.get(second[2]).sentiment());
    }
}
