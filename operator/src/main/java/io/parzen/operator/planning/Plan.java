package io.parzen.operator.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the planner decided for one reconcile of a study.
 *
 * @param create indices of the trials to create now, ascending
 * @param stop names of running trials the early-stopping rule stops, with the reason of each
 * @param finish why the study creates no more trials, if it does not
 * @param done whether the study is finished: {@code finish} is set and no trial is active
 * @param counts trials per phase
 * @param best the best succeeded trial, if any
 */
public record Plan(List<Integer> create, Map<String, String> stop, Optional<Finish> finish, boolean done,
        PhaseCounts counts, Optional<TrialView> best) {
    /** Copies the collections. */
    public Plan {
        create = List.copyOf(create);
        stop = Map.copyOf(stop);
    }
}
