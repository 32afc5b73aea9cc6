package io.parzen.tpe.estimator;

import java.util.SplittableRandom;

/**
 * Per-component categorical kernels for the multivariate estimator: component i adds 1 to its own
 * observed choice on top of a smoothing mass s on every one of the K choices, normalised, so it
 * puts (s + 1) / (K s + 1) on its own choice and s / (K s + 1) on every other; the prior component
 * (index n) is uniform. {@link CategoricalKernel#FIXED}: s = priorWeight / K (Optuna before 5);
 * {@link CategoricalKernel#SHRINKING}: s = priorWeight / (n + 1) (Optuna 5), sharper as n grows.
 */
public final class CategoricalKernels {
    private final int choices;
    private final int[] chosen;
    private final double logOwn;
    private final double logOther;
    private final double logUniform;
    private final double own;

    /** Kernels with {@link CategoricalKernel#FIXED} smoothing. */
    public CategoricalKernels(int choices, int[] chosen, double priorWeight) {
        this(choices, chosen, priorWeight, CategoricalKernel.FIXED);
    }

    public CategoricalKernels(int choices, int[] chosen, double priorWeight, CategoricalKernel kind) {
        this.choices = choices;
        this.chosen = chosen.clone();
        double base = kind == CategoricalKernel.SHRINKING ? priorWeight / (chosen.length + 1) : priorWeight / choices;
        double total = 1 + choices * base;
        this.own = (base + 1) / total;
        this.logOwn = Math.log(own);
        this.logOther = Math.log(base / total);
        this.logUniform = -Math.log(choices);
    }

    /** Components: one per observation, then the prior. */
    public int size() {
        return chosen.length + 1;
    }

    public void componentLogKernels(int index, double[] out) {
        for (int i = 0; i < chosen.length; i++) {
            out[i] = chosen[i] == index ? logOwn : logOther;
        }
        out[chosen.length] = logUniform;
    }

    /** log probability of choice {@code index} under component i (the last component is the prior). */
    double logKernel(int i, int index) {
        if (i == chosen.length) {
            return logUniform;
        }
        return chosen[i] == index ? logOwn : logOther;
    }

    /** An upper bound of {@link #logKernel}. */
    double maxLogKernel() {
        return Math.max(logOwn, Math.max(logOther, logUniform));
    }

    public int sampleComponent(int component, SplittableRandom rng) {
        if (component == chosen.length) {
            return rng.nextInt(choices);
        }
        double u = rng.nextDouble();
        if (u < own) {
            return chosen[component];
        }
        // Uniform over the other choices.
        int other = rng.nextInt(choices - 1);
        return other >= chosen[component] ? other + 1 : other;
    }
}
