package io.commentpulse.model;

import io.commentpulse.score.ConcernReadout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fine-grained labels each labelling scheme calls concern (the mapping of ../shared/data/README.md, kept by the
 * importers), turned into the concern readout of a network whose emotions output predicts them.
 */
public final class ConcernSchemes {
    private static final Map<String, List<String>> BY_SCHEME = new LinkedHashMap<>();

    static {
        BY_SCHEME.put(GoEmotionsImporter.SCHEME, GoEmotionsImporter.CONCERN_EMOTIONS);
        BY_SCHEME.put(SemEval2018Importer.SCHEME, SemEval2018Importer.CONCERN_EMOTIONS);
        BY_SCHEME.put(DreadditImporter.SCHEME, DreadditImporter.CONCERN_EMOTIONS);
        BY_SCHEME.put(NewsReadersImporter.SCHEME, NewsReadersImporter.CONCERN_EMOTIONS);
        BY_SCHEME.put(BuNemoImporter.SCHEME, BuNemoImporter.CONCERN_EMOTIONS);
    }

    private ConcernSchemes() {
    }

    /**
     * The readout for an emotions output with these labels: one group per known scheme whose concern labels it all
     * has; the head alone when none.
     */
    /**
     * A readout of chosen parts: {@code head} (the concern head) and scheme names ({@code goemotions},
     * {@code semeval2018}, {@code news}, {@code bunemo}, {@code dreaddit}), each of which the emotions output must have.
     *
     * @throws IllegalArgumentException naming an unknown part, or a scheme the model was not trained on
     */
    public static ConcernReadout choose(List<String> emotionLabels, List<String> parts) {
        List<List<String>> groups = new ArrayList<>();
        boolean head = false;
        for (String part : parts) {
            String p = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("head")) {
                head = true;
                continue;
            }
            List<String> labels = BY_SCHEME.get(p);
            if (labels == null) {
                throw new IllegalArgumentException("unknown readout part '" + part + "'; use head or one of "
                        + String.join(", ", BY_SCHEME.keySet()));
            }
            List<String> group = labels.stream().map(l -> p + ":" + l).toList();
            if (!emotionLabels.containsAll(group)) {
                throw new IllegalArgumentException("the model has no " + p + " estimate (its emotions output lacks "
                        + group + ")");
            }
            groups.add(group);
        }
        if (!head && groups.isEmpty()) {
            throw new IllegalArgumentException("a readout needs head or at least one scheme");
        }
        return new ConcernReadout(groups, head);
    }

    static ConcernReadout readoutFor(List<String> emotionLabels) {
        List<List<String>> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> s : BY_SCHEME.entrySet()) {
            List<String> group = s.getValue().stream().map(l -> s.getKey() + ":" + l).toList();
            if (emotionLabels.containsAll(group)) {
                groups.add(group);
            }
        }
        return new ConcernReadout(groups);
    }
}
