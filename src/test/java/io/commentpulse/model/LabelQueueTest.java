package io.commentpulse.model;

import io.commentpulse.score.Score;
import io.commentpulse.score.Sentiment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelQueueTest {
    @Test
    void picksUncertainCommentsAndSkipsNearDuplicates() {
        List<LabelQueue.Candidate> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {   // 50 near-identical uncertain comments
            all.add(new LabelQueue.Candidate("dup" + i, "is this good or bad for the town, hard to say " + (i % 2 == 0 ? "" : "really"),
                    0.33, 0.34, 0.33, 0.5));
        }
        all.add(new LabelQueue.Candidate("sure", "I love this so much", 0.0, 0.01, 0.99, 0.01));
        all.add(new LabelQueue.Candidate("unsure2", "the council meets again next week about the budget", 0.3, 0.4, 0.3, 0.45));
        all.add(new LabelQueue.Candidate("borderline", "might be a problem later, who knows", 0.1, 0.8, 0.1, 0.52));
        List<LabelQueue.Pick> picks = new LabelQueue(0.5, 0.5).select(all, 5);
        List<String> ids = picks.stream().map(p -> p.candidate().id()).toList();
        assertEquals(1, ids.stream().filter(id -> id.startsWith("dup")).count(), ids.toString());
        assertTrue(ids.contains("unsure2") && ids.contains("borderline"), ids.toString());
        assertEquals("sure", ids.get(ids.size() - 1), "the confident comment comes last");
    }

    @Test
    void bootstrapIntervalsBracketTheChange() {
        List<LabeledExample> gold = new ArrayList<>();
        List<Score> base = new ArrayList<>();
        List<Score> better = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Sentiment s = Sentiment.values()[i % 3];
            int c = i % 5 == 0 ? 1 : 0;
            gold.add(new LabeledExample("r" + i, "t" + i, s, c, Double.NaN));
            base.add(i % 2 == 0 ? score(s, c) : score(Sentiment.values()[(i + 1) % 3], 1 - c));
            better.add(i % 10 == 0 ? score(Sentiment.values()[(i + 1) % 3], 1 - c) : score(s, c));
        }
        Comparison cmp = new Comparison();
        cmp.add("set", gold, base, better, 0.5, 0.5, 200, 1);
        Comparison.Row f1 = cmp.rows().stream().filter(r -> r.metric().equals("sentiment_macro_f1")).findFirst().orElseThrow();
        assertTrue(f1.change() > 0.3, "change " + f1.change());
        assertTrue(f1.low() <= f1.change() && f1.change() <= f1.high() && f1.low() > 0, f1.toString());
        assertTrue(cmp.regressions(0.01).isEmpty());
        Comparison reverse = Comparison.of(Map.of(), null, 0.5, null, 0.5, 10, 1);
        assertTrue(reverse.rows().isEmpty());
    }

    private static Score score(Sentiment s, int concern) {
        double[] p = {0.1, 0.1, 0.1};
        p[s.ordinal()] = 0.8;
        return new Score(p[0], p[1], p[2], concern == 1 ? 0.9 : 0.1);
    }
}
