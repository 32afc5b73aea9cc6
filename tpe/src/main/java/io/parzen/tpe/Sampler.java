package io.parzen.tpe;

import io.parzen.tpe.space.SearchSpace;
import java.util.List;
import java.util.Map;

/**
 * Suggests the parameters of one trial. A suggestion is a pure function of the space, the
 * sampler's settings (seed included), the trial's index and the history: the same inputs give
 * the same output, so a restarted controller re-creates exactly what it would have suggested.
 */
public interface Sampler {

    /**
     * @param history every other trial of the study, in any state (pending and running ones too)
     * @return values of the active parameters in declaration order: Double for continuous, Long for
     *     integral grids, the choice itself for categorical parameters
     */
    Map<String, Object> suggest(SearchSpace space, List<Observation> history, int trialIndex);
}
