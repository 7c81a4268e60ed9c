package io.commentpulse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic longer comments for the concern head: a concerned text joined with one or two unconcerned texts is
 * still concerned (worry voiced in one sentence of a comment counts), and unconcerned texts joined together stay
 * unconcerned, so length alone teaches nothing. Sentiment is left unknown on every synthetic row.
 */
public final class ConcernAugmenter {
    private ConcernAugmenter() {
    }

    public static List<LabeledExample> augment(List<LabeledExample> rows, int n, long seed) {
        List<LabeledExample> pos = rows.stream().filter(r -> r.concern() != null && r.concern() == 1
                && r.text().length() < 300).toList();
        List<LabeledExample> neg = rows.stream().filter(r -> r.concern() != null && r.concern() == 0
                && r.text().length() < 300).toList();
        List<LabeledExample> out = new ArrayList<>(n);
        if (pos.isEmpty() || neg.size() < 2) {
            return out;
        }
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            boolean concerned = i % 2 == 0;
            List<String> parts = new ArrayList<>();
            int fillers = 1 + rnd.nextInt(2);
            for (int k = 0; k < fillers; k++) {
                parts.add(neg.get(rnd.nextInt(neg.size())).text().strip());
            }
            parts.add(rnd.nextInt(parts.size() + 1), (concerned ? pos : neg).get(rnd.nextInt(concerned ? pos.size() : neg.size()))
                    .text().strip());
            out.add(new LabeledExample("aug-" + i, String.join(" ", parts), null, concerned ? 1 : 0, Double.NaN));
        }
        return out;
    }
}
