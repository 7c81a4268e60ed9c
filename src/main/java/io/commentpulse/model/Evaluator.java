package io.commentpulse.model;

import io.commentpulse.score.Score;
import io.commentpulse.score.Scorer;
import io.commentpulse.score.ThreadContext;

import java.util.ArrayList;
import java.util.List;

/** Scores a labeled set with a {@link Scorer} and computes its {@link Evaluation}. */
public final class Evaluator {
    private final Scorer scorer;
    private final double threshold;
    private final ThreadContext thread;

    public Evaluator(Scorer scorer, double threshold) {
        this(scorer, threshold, null);
    }

    /** An evaluator that reads each row's concern in its thread ({@code thread} null: the text alone). */
    public Evaluator(Scorer scorer, double threshold, ThreadContext thread) {
        this.scorer = scorer;
        this.threshold = threshold;
        this.thread = thread;
    }

    public Evaluation evaluate(String name, List<LabeledExample> rows) {
        List<String> texts = new ArrayList<>(rows.size());
        rows.forEach(r -> texts.add(r.text()));
        List<Score> scores = scorer.score(texts);
        if (thread != null) {
            scores = inThreads(thread, rows, scores);
        }
        return of(name, rows, scores, threshold);
    }

    /** {@code scores} with each concern read in its row's thread; rows without a thread keep theirs. */
    static List<Score> inThreads(ThreadContext thread, List<LabeledExample> rows, List<Score> scores) {
        double[] p = scores.stream().mapToDouble(Score::concern).toArray();
        double[] q = thread.apply(rows.stream().map(LabeledExample::thread).toList(), p);
        List<Score> out = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            out.add(new Score(s.pNegative(), s.pNeutral(), s.pPositive(), q[i]));
        }
        return out;
    }

    /** The evaluation of given scores against gold rows (same order). */
    public static Evaluation of(String name, List<LabeledExample> rows, List<Score> scores, double threshold) {
        List<Integer> g = new ArrayList<>();
        List<Integer> p = new ArrayList<>();
        List<Integer> cg = new ArrayList<>();
        List<Double> cs = new ArrayList<>();
        List<Double> iv = new ArrayList<>();
        List<Double> is = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LabeledExample r = rows.get(i);
            Score s = scores.get(i);
            if (r.sentiment() != null) {
                g.add(r.sentiment().ordinal());
                p.add(s.sentiment().ordinal());
            }
            if (r.concern() != null) {
                cg.add(r.concern());
                cs.add(s.concern());
            }
            if (!Double.isNaN(r.intensity())) {
                iv.add(r.intensity());
                is.add(s.concern());
            }
        }
        int[][] cm = Metrics.confusion(ints(g), ints(p), 3);
        double[][] pc = Metrics.perClass(cm);
        int[] cgold = ints(cg);
        double[] cscore = doubles(cs);
        return new Evaluation(name, g.size(), Metrics.accuracy(cm), Metrics.macro(pc, 2), Metrics.macro(pc, 1), pc, cm,
                cg.size(), cg.isEmpty() ? Double.NaN : Metrics.rocAuc(cgold, cscore),
                cg.isEmpty() ? Double.NaN : Metrics.averagePrecision(cgold, cscore), threshold,
                Metrics.f1At(cgold, cscore, threshold), Metrics.ece(cgold, cscore, 10), iv.size(),
                Metrics.pearson(doubles(iv), doubles(is)), Metrics.spearman(doubles(iv), doubles(is)));
    }

    static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    static double[] doubles(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
