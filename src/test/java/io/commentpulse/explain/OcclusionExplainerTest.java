package io.commentpulse.explain;

import io.commentpulse.cli.Main;
import io.commentpulse.model.TinyModels;
import io.commentpulse.score.ModelFolder;
import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.Scorers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The occlusion explainer on a tiny model trained here with an obvious rule. */
class OcclusionExplainerTest {
    @TempDir
    static Path dir;
    static Path model;
    static Scorer scorer;

    @BeforeAll
    static void train() throws Exception {
        model = TinyModels.trainAndSave(dir.resolve("tiny"), 3000, 6);
        scorer = Scorers.forModel(ModelFolder.load(model));
    }

    @Test
    void theRulesWordIsTheTopExplanation() {
        Explanation e = new OcclusionExplainer(scorer, 3).explain(List.of("the city news today awful")).get(0);
        assertEquals("awful", e.sentiment().get(0).span(), e.toString());
        assertTrue(e.sentiment().get(0).weight() < 0, "awful pulls sentiment down: " + e);
        Explanation c = new OcclusionExplainer(scorer, 3).explain(List.of("people said the story i am scared")).get(0);
        assertTrue(c.score().concern() > 0.5, c.toString());
        assertTrue(List.of("scared", "am", "i", "am scared", "i am").contains(c.concern().get(0).span()), c.toString());
        assertTrue(c.concern().get(0).weight() > 0, c.toString());
    }

    @Test
    void eachWeightIsTheScoreChangeWhenThatWordIsTakenOut() {
        String text = "the story today wonderful";
        Explanation e = new OcclusionExplainer(scorer, 4).explain(List.of(text)).get(0);
        for (Attribution a : e.sentiment()) {
            String without = text.substring(0, a.start()) + " " + text.substring(a.end());
            Score s = scorer.score(List.of(without)).get(0);
            assertEquals(e.score().sentimentScore() - s.sentimentScore(), a.weight(), 1e-6, a.toString());
            assertEquals(a.span(), text.substring(a.start(), a.end()));
        }
    }

    @Test
    void hostileTextIsExplainedAndNeutralisedInTheCsv() throws Exception {
        String big = "worried ".repeat(140_000);   // over 1 MB
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,text\n"
                + "a,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\") awful <script>alert(1)</script>\"\n"
                + "b,\"مرحبا the story awful 😀 i am scared\"\n"
                + "c,\"" + big + "\"\n");
        Path out = dir.resolve("explained.csv");
        int exit = Main.commandLine().execute("explain", in.toString(), "--out", out.toString(), "--model",
                model.toString(), "--no-progress");
        assertEquals(0, exit);
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(out)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).get("text").startsWith("'="), "formula neutralised: " + rows.get(0).get("text"));
        assertTrue(rows.get(0).get("sentiment_because").contains("awful("), rows.get(0).get("sentiment_because"));
        assertFalse(rows.get(0).get("sentiment_because").startsWith("="));
        assertTrue(rows.get(1).get("concern_because").matches(".*(scared|am|i)\\(\\+.*"), rows.get(1).get("concern_because"));
        assertEquals(big.strip(), rows.get(2).get("text").strip(), "a 1 MB comment is kept whole beside its explanation");
    }

    /** Two files with different columns, one explained before: every row is explained, no file is dropped. */
    @Test
    void filesWithDifferentColumnsAreExplainedTogether() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "id,text,author\na1,i am scared of this,Ann\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "text,concern_because,sentiment_because,article_id\nthe story is awful,old(+1.00),old(+1.00),s1\n");
        Path out = dir.resolve("explained.csv");
        int exit = Main.commandLine().execute("explain", a.toString(), b.toString(), "--out", out.toString(), "--model",
                model.toString(), "--no-progress");
        assertEquals(0, exit);
        List<CSVRecord> rows;
        List<String> header;
        try (Reader r = Files.newBufferedReader(out)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        assertEquals(List.of("id", "text", "author", "article_id", "concern_because", "sentiment_because"), header);
        assertEquals(2, rows.size());
        assertEquals("", rows.get(1).get("author"), "a column b.csv lacks is left empty");
        assertEquals("s1", rows.get(1).get("article_id"));
        assertFalse(rows.get(1).get("sentiment_because").contains("old("), "an earlier explanation is replaced");
        assertTrue(rows.get(1).get("sentiment_because").contains("awful("), rows.get(1).get("sentiment_because"));
    }

    @Test
    void takingOutTheNamedWordsLowersConcernMoreThanRandomWords() {
        List<String> texts = TinyModels.generate(200, 7).stream().map(x -> x.text()).filter(t -> t.contains("scared"))
                .toList();
        List<DeletionCurve.Point> curve = new DeletionCurve(scorer, 1).measure(texts, 3);
        for (DeletionCurve.Point p : curve) {
            assertTrue(p.explainedDrop() > p.randomDrop() + 0.05, p.toString());
        }
    }
}
