package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelabelsTest {
    static final Path TRAIN = Path.of("..", "shared", "data", "goemotions", "train.tsv");
    static final Path LABELS = Path.of("models", "data", "goemotions-relabeled", "labels.csv");

    @Test
    void theTeamsLabelsReplaceGoEmotionsMappingOnEveryRowTheyName() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(TRAIN), "needs ../shared/data/goemotions");
        List<LabeledExample> source = new GoEmotionsImporter().read(TRAIN);
        Relabels relabels = Relabels.read(LABELS);
        Relabels.Applied applied = relabels.apply(source);

        assertEquals(relabels.size(), applied.replaced(), "every relabeled row is found with the same text");
        assertEquals(0, applied.notFound());
        assertEquals(0, applied.textMismatch());
        assertEquals(source.size(), applied.rows().size(), "no row is added or lost");
        assertTrue(applied.concernChanged() > 50, "concern changed on " + applied.concernChanged());

        Map<String, LabeledExample> before = source.stream()
                .collect(Collectors.toMap(LabeledExample::id, Function.identity(), (a, b) -> a));
        int worriedByTheWord = 0;
        for (LabeledExample row : applied.rows()) {
            LabeledExample old = before.get(row.id());
            assertEquals(old.emotions(), row.emotions(), "the source's emotions are kept: " + row.id());
            if (row.concern() != null && row.concern() == 1 && row.text().toLowerCase().matches(".*\\bconcern(ed|ing|s)?\\b.*")) {
                worriedByTheWord++;
                assertTrue(row.sentiment() != Sentiment.POSITIVE, "a worried reader is not positive: " + row.text());
            }
        }
        // GoEmotions' own mapping gives 2 of its 64 train comments with the word concern 1; the guideline many more.
        long mapped = source.stream().filter(r -> r.concern() != null && r.concern() == 1
                && r.text().toLowerCase().matches(".*\\bconcern(ed|ing|s)?\\b.*")).count();
        assertTrue(worriedByTheWord >= mapped + 10, worriedByTheWord + " against " + mapped);
    }

    @Test
    void aRowWhoseTextDiffersKeepsTheSourcesLabelsAndIsCounted(@TempDir Path dir) throws IOException {
        List<LabeledExample> source = List.of(
                new LabeledExample("efcxevg", "Don't worry, I forgive you.", Sentiment.POSITIVE, 0, Double.NaN,
                        "goemotions:caring"),
                new LabeledExample("ef2asqu", "Worrying about [NAME] during a game is ridiculous.", Sentiment.NEGATIVE, 0,
                        Double.NaN, "goemotions:annoyance"));
        Path file = dir.resolve("relabel.csv");
        Files.writeString(file, "id,text,sentiment,concern\n"
                + "efcxevg,\"Don't  worry, I forgive you. \",neutral,0\n"
                + "ef2asqu,Worrying about him is ridiculous.,negative,1\n"
                + "zzz999,Not in the source,negative,1\n");
        Relabels.Applied applied = Relabels.read(file).apply(source);

        assertEquals(1, applied.replaced(), "white space alone does not make a text differ");
        assertEquals(1, applied.textMismatch());
        assertEquals(1, applied.notFound());
        assertEquals(0, applied.concernChanged());
        assertEquals(1, applied.sentimentChanged());
        assertEquals(Sentiment.NEUTRAL, applied.rows().get(0).sentiment());
        assertEquals("goemotions:caring", applied.rows().get(0).emotions());
        assertEquals(source.get(1), applied.rows().get(1), "a row whose text differs is left as the source has it");
    }
}
