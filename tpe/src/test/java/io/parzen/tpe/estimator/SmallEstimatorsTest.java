package io.parzen.tpe.estimator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallEstimatorsTest {

    @Test
    void forgettingRampForThirtyObservations() {
        double[] w = ForgettingWeights.of(30);
        assertArrayEquals(new double[] {1.0 / 30, 0.275, 0.5167, 0.7583, 1.0}, Arrays.copyOf(w, 5), 1e-4);
        for (int i = 5; i < 30; i++) {
            assertEquals(1.0, w[i], 0.0);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 25})
    void upToTwentyFiveObservationsWeighOneEach(int n) {
        double[] w = ForgettingWeights.of(n);
        assertEquals(n, Arrays.stream(w).sum(), 0.0);
    }

    @Test
    void twentySixObservationsRampOnlyTheOldest() {
        double[] w = ForgettingWeights.of(26);
        assertEquals(1.0 / 26, w[0], 1e-15);
        assertEquals(1.0, w[1], 0.0);
    }

    @Test
    void categoricalProbabilitiesMatchTheTpeMdVector() {
        CategoricalEstimator e = new CategoricalEstimator(4, new int[] {0, 0, 2}, 1.0);
        assertArrayEquals(new double[] {3.0 / 7, 1.0 / 7, 2.0 / 7, 1.0 / 7}, e.probabilities(), 1e-15);
        assertEquals(Math.log(2.0 / 7), e.logProbability(2), 1e-15);
    }

    @Test
    void categoricalKernelsPutTheirMassOnTheirOwnChoice() {
        CategoricalKernels k = new CategoricalKernels(4, new int[] {1, 3}, 1.0);
        double[] out = new double[3];
        k.componentLogKernels(1, out);
        // (1/4 + 1) / 2 on the own choice, (1/4) / 2 on the others, 1/4 for the prior.
        assertArrayEquals(new double[] {Math.log(0.625), Math.log(0.125), Math.log(0.25)}, out, 1e-15);
    }

    @Test
    void shrinkingCategoricalKernelsSharpenWithTheNumberOfObservations() {
        // Two observations: smoothing 1 / (2 + 1) on each of 4 choices, normalised by 1 + 4/3.
        CategoricalKernels k = new CategoricalKernels(4, new int[] {1, 3}, 1.0, CategoricalKernel.SHRINKING);
        double[] out = new double[3];
        k.componentLogKernels(1, out);
        assertArrayEquals(new double[] {Math.log(4.0 / 7), Math.log(1.0 / 7), Math.log(0.25)}, out, 1e-15);
        int[] many = new int[99];
        double[] wide = new double[100];
        new CategoricalKernels(4, many, 1.0, CategoricalKernel.SHRINKING).componentLogKernels(0, wide);
        assertEquals(Math.log(1.01 / 1.04), wide[0], 1e-15);
    }
}
