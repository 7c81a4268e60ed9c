package io.commentpulse.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WeightAverageTest {
    @Test
    void isTheBiasCorrectedExponentialAverageOfTheSteps() {
        double decay = 0.9;
        Random r = new Random(1);
        int steps = 25;
        float[][] xs = new float[steps][5];
        WeightAverage avg = new WeightAverage(Nd4j.zeros(DataType.FLOAT, 1, 5), decay);
        for (float[] x : xs) {
            for (int j = 0; j < x.length; j++) {
                x[j] = (float) r.nextGaussian();
            }
            avg.update(Nd4j.create(x).reshape(1, 5));
        }
        double[] want = new double[5];
        double norm = 1 - Math.pow(decay, steps);
        for (int i = 0; i < steps; i++) {
            double w = Math.pow(decay, steps - 1 - i) * (1 - decay) / norm;
            for (int j = 0; j < 5; j++) {
                want[j] += w * xs[i][j];
            }
        }
        INDArray mean = avg.mean();
        assertArrayEquals(want, mean.castTo(DataType.DOUBLE).toDoubleVector(), 1e-5);

        // weights that never change average to themselves, whatever the start
        WeightAverage still = new WeightAverage(Nd4j.zeros(DataType.FLOAT, 1, 3), 0.999);
        INDArray w = Nd4j.create(new float[]{1.5f, -2f, 0.25f}).reshape(1, 3);
        for (int i = 0; i < 10; i++) {
            still.update(w);
        }
        assertArrayEquals(w.toDoubleVector(), still.mean().toDoubleVector(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> new WeightAverage(w, 1.0));
    }
}
