package io.parzen.operator.bench;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generative model of the early-stopping benchmark's simulated learning curves (docs/benchmarks.md).
 * Two parameters: {@code lr} (log-uniform 1e-4..1e-1, u = log10 lr) and {@code dropout} (0..0.8).
 * <pre>
 *   final(x) = 0.10 + 0.12 (u + 2.5)^2 + 0.4 (dropout - 0.3)^2      (best 0.10 at lr 3.2e-3, dropout 0.3)
 *   tau(x)   = 1 + 3 (-1 - u)                                        (1 epoch at lr 0.1, 10 at lr 1e-4)
 *   y(t)     = final + (1 - final) exp(-t / tau) + N(0, 0.01^2)     (t = 1, 2, ... epochs)
 * </pre>
 * Large learning rates converge fast to a poorer loss, small ones slowly: curves cross, so an early
 * look can mislead, as in real training. The noise of epoch t of trial i depends only on the seed, i
 * and t, so every rule sees the same curve for the same trial and parameters.
 */
final class LearningCurves {
    static final double NOISE = 0.01;

    private LearningCurves() {}

    /** The noise-free final loss of the parameters. */
    static double finalLoss(Map<String, String> params) {
        double u = Math.log10(Double.parseDouble(params.get("lr")));
        double d = Double.parseDouble(params.get("dropout"));
        return 0.10 + 0.12 * (u + 2.5) * (u + 2.5) + 0.4 * (d - 0.3) * (d - 0.3);
    }

    /** The loss trial {@code index} of study seed {@code seed} reports at {@code epoch} (from 1). */
    static double loss(Map<String, String> params, long seed, int index, int epoch) {
        double u = Math.log10(Double.parseDouble(params.get("lr")));
        double tau = 1 + 3 * (-1 - u);
        double f = finalLoss(params);
        double noise = new SplittableRandom(seed * 1_000_003L + index * 1_009L + epoch).nextGaussian() * NOISE;
        return f + (1 - f) * Math.exp(-epoch / tau) + noise;
    }
}
