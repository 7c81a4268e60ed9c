package io.commentpulse.score;

import java.util.ArrayList;
import java.util.List;

/** A scorer whose concern probabilities pass through a {@link ConcernCalibration}; sentiment is left as it is. */
public record CalibratedScorer(Scorer raw, ConcernCalibration calibration) implements Scorer {
    @Override
    public List<Score> score(List<String> texts) {
        List<Score> in = raw.score(texts);
        List<Score> out = new ArrayList<>(in.size());
        for (Score s : in) {
            out.add(new Score(s.pNegative(), s.pNeutral(), s.pPositive(), calibration.apply(s.concern())));
        }
        return out;
    }
}
