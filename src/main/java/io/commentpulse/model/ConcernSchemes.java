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
final class ConcernSchemes {
    private static final Map<String, List<String>> BY_SCHEME = new LinkedHashMap<>();

    static {
        BY_SCHEME.put(GoEmotionsImporter.SCHEME, GoEmotionsImporter.CONCERN_EMOTIONS);
        BY_SCHEME.put(SemEval2018Importer.SCHEME, SemEval2018Importer.CONCERN_EMOTIONS);
        BY_SCHEME.put(DreadditImporter.SCHEME, DreadditImporter.CONCERN_EMOTIONS);
    }

    private ConcernSchemes() {
    }

    /**
     * The readout for an emotions output with these labels: one group per known scheme whose concern labels it all
     * has; the head alone when none.
     */
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
