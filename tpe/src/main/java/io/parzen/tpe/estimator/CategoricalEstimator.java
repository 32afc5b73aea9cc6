package io.parzen.tpe.estimator;

import io.parzen.tpe.math.LogSum;
import java.util.SplittableRandom;

/**
 * p_k proportional to c_k + priorWeight, where c_k sums the forgetting weights of the
 * observations that chose k.
 */
public final class CategoricalEstimator {
    private final double[] probabilities;
    private final double[] logProbabilities;

    /** @param chosen indices of the observations' choices, oldest first */
    public CategoricalEstimator(int choices, int[] chosen, double priorWeight) {
        double[] forgetting = ForgettingWeights.of(chosen.length);
        double[] mass = new double[choices];
        java.util.Arrays.fill(mass, priorWeight);
        double total = choices * priorWeight;
        for (int i = 0; i < chosen.length; i++) {
            mass[chosen[i]] += forgetting[i];
            total += forgetting[i];
        }
        probabilities = new double[choices];
        logProbabilities = new double[choices];
        for (int k = 0; k < choices; k++) {
            probabilities[k] = total > 0 ? mass[k] / total : 1.0 / choices;
            logProbabilities[k] = LogSum.floor(Math.log(probabilities[k]));
        }
    }

    public double logProbability(int index) {
        return logProbabilities[index];
    }

    public double[] probabilities() {
        return probabilities.clone();
    }

    public int sample(SplittableRandom rng) {
        double u = rng.nextDouble();
        double running = 0;
        for (int k = 0; k < probabilities.length; k++) {
            running += probabilities[k];
            if (u < running) {
                return k;
            }
        }
        return probabilities.length - 1;
    }
}
