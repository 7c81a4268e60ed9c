package io.commentpulse.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An exponential moving average of a network's weights over training steps, started from zero and divided by
 * {@code 1 − decay^steps} (as Adam corrects its moments), so the initial weights leave no trace in it.
 */
final class WeightAverage {
    private final INDArray sum;
    private final double decay;
    private long steps;

    WeightAverage(INDArray params, double decay) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("weight-average decay must be in (0, 1), got " + decay);
        }
        this.sum = Nd4j.zerosLike(params);
        this.decay = decay;
    }

    /** Folds in the weights after one more step. */
    void update(INDArray params) {
        sum.muli(decay);
        Nd4j.getBlasWrapper().axpy(1 - decay, params, sum);
        steps++;
    }

    /** The averaged weights (a new array). */
    INDArray mean() {
        return sum.div(1 - Math.pow(decay, steps));
    }
}
