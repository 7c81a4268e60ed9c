package io.commentpulse.score;



/**
 * The model's reading of one comment.
 *
 * @param pNegative probability of negative sentiment
 * @param pNeutral  probability of neutral sentiment
 * @param pPositive probability of positive sentiment
 * @param concern   probability that the reader expresses worry, fear, alarm or pessimism
 */
public record Score(double pNegative, double pNeutral, double pPositive, double concern) {
    public Sentiment sentiment() {
        if (pNegative >= pNeutral && pNegative >= pPositive) {
            return Sentiment.NEGATIVE;
        }
        return pPositive > pNeutral ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }

    /** p_positive − p_negative, in [−1, 1]. */
    public double sentimentScore() {
        return pPositive - pNegative;
    }
}
