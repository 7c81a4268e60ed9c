package io.commentpulse.report;

/** Running sums for a group of comments (an article, a bucket). */
public final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long comments;
    double sentimentSum;
    long negative;
    long neutral;
    long positive;
    double concernSum;
    long concerned;

    void add(ScoredComment c, double threshold) {
        comments++;
        sentimentSum += c.sentimentScore();
        switch (c.sentiment()) {
            case "negative" -> negative++;
            case "positive" -> positive++;
            default -> neutral++;
        }
        concernSum += c.concern();
        if (c.concern() >= threshold) {
            concerned++;
        }
    }

    /** Adds another tally's sums (of comments this one did not see). */
    void merge(Tally o) {
        comments += o.comments;
        sentimentSum += o.sentimentSum;
        negative += o.negative;
        neutral += o.neutral;
        positive += o.positive;
        concernSum += o.concernSum;
        concerned += o.concerned;
    }

    public long comments() {
        return comments;
    }

    public double meanSentiment() {
        return comments == 0 ? Double.NaN : sentimentSum / comments;
    }

    public double meanConcern() {
        return comments == 0 ? Double.NaN : concernSum / comments;
    }

    public double share(long n) {
        return comments == 0 ? Double.NaN : (double) n / comments;
    }

    public double shareNegative() {
        return share(negative);
    }

    public double shareNeutral() {
        return share(neutral);
    }

    public double sharePositive() {
        return share(positive);
    }

    public double shareConcerned() {
        return share(concerned);
    }
}
