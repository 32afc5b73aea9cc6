package io.parzen.tpe;

import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.SearchSpace;
import java.util.List;
import java.util.Map;

/** Random search: every trial drawn from the priors. The floor every other sampler must beat. */
public final class RandomSampler implements Sampler {
    private final long seed;

    public RandomSampler(long seed) {
        this.seed = seed;
    }

    @Override
    public Map<String, Object> suggest(SearchSpace space, List<Observation> history, int trialIndex) {
        return PriorSampler.sample(space, Seeds.forTrial(seed, trialIndex), GridAnchor.LOW);
    }

    @Override
    public String toString() {
        return "random(seed=" + seed + ")";
    }
}
