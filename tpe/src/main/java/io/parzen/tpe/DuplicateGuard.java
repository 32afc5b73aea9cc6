package io.parzen.tpe;

import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.Values;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Parallel GPU trials that repeat each other waste money: in a finite space, take the first
 * ranked configuration that no pending or finished trial already has, then prior draws.
 */
final class DuplicateGuard {
    private DuplicateGuard() {}

    /**
     * @param ranked configurations in order of preference; when empty, prior draws are the candidates
     * @param redraws prior draws to try once the ranked ones are exhausted (0: none)
     * @return the first new configuration, else the first ranked (or drawn) one
     */
    static Map<String, Object> firstNew(SearchSpace space, List<Observation> history, List<Map<String, Object>> ranked,
                                        SplittableRandom rng, GridAnchor anchor, int redraws) {
        Map<String, Object> first = ranked.isEmpty() ? PriorSampler.sample(space, rng, anchor) : ranked.get(0);
        if (!space.finite()) {
            return first;
        }
        for (Map<String, Object> config : ranked) {
            if (!seen(config, history)) {
                return config;
            }
        }
        if (ranked.isEmpty() && !seen(first, history)) {
            return first;
        }
        for (int i = 0; i < redraws; i++) {
            Map<String, Object> drawn = PriorSampler.sample(space, rng, anchor);
            if (!seen(drawn, history)) {
                return drawn;
            }
        }
        return first;
    }

    static boolean seen(Map<String, Object> config, List<Observation> history) {
        for (Observation o : history) {
            if (Values.sameConfiguration(config, o.params())) {
                return true;
            }
        }
        return false;
    }
}
