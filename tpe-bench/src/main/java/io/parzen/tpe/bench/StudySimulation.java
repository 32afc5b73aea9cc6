package io.parzen.tpe.bench;

import io.parzen.tpe.Observation;
import io.parzen.tpe.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs one simulated study: ask {@code batch} trials (each pending while the rest of the batch is
 * asked), then tell them all, until {@code budget} evaluations are spent.
 */
public final class StudySimulation {
    private StudySimulation() {}

    /**
     * @return incumbent[i]: the noise-free value of the configuration with the best observed value
     *     among the first i + 1 evaluations
     */
    public static double[] run(Objective objective, Sampler sampler, int budget, int batch, long seed) {
        return runCounting(objective, sampler, budget, batch, seed, new int[1]);
    }

    /** As {@link #run}, also counting the trials that failed in {@code failures[0]}. */
    public static double[] runCounting(Objective objective, Sampler sampler, int budget, int batch, long seed, int[] failures) {
        SplittableRandom noise = new SplittableRandom(seed * 7919 + 17);
        List<Observation> history = new ArrayList<>();
        double[] incumbent = new double[budget];
        double bestObserved = Double.POSITIVE_INFINITY;
        double bestTrue = Double.POSITIVE_INFINITY;
        for (int start = 0; start < budget; start += batch) {
            int end = Math.min(budget, start + batch);
            for (int i = start; i < end; i++) {
                Map<String, Object> params = sampler.suggest(objective.space(), history, i);
                history.add(Observation.pending(i, params));
            }
            for (int i = start; i < end; i++) {
                Map<String, Object> params = history.get(i).params();
                if (objective.fails(params)) {
                    history.set(i, Observation.failed(i, params));
                    failures[0]++;
                    incumbent[i] = bestTrue;
                    continue;
                }
                double observed = objective.observe(params, noise);
                history.set(i, Observation.succeeded(i, params, observed));
                if (observed < bestObserved) {
                    bestObserved = observed;
                    bestTrue = objective.trueValue(params);
                }
                incumbent[i] = bestTrue;
            }
        }
        return incumbent;
    }
}
