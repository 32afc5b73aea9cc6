package io.parzen.operator.planning;

import io.parzen.operator.api.Storage;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.tpe.Goal;
import io.parzen.tpe.Sampler;
import io.parzen.tpe.space.SearchSpace;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A validated Study spec with its defaults applied: what the planner, the suggester and the Job
 * builder read. Built only by {@link StudyValidator}.
 *
 * @param space the parsed search space
 * @param sampler the sampler the algorithm block describes
 * @param metric the objective's metric key
 * @param goal minimize or maximize
 * @param target the objective that ends the study when reached, if any
 * @param maxTrials trials to run in total
 * @param parallelism trials pending or running at once
 * @param maxFailedTrials failures tolerated; one more fails the study
 * @param earlyStopping the early-stopping rule (median or asha), if enabled
 * @param template the trial template (validated)
 * @param storage the bucket and credentials Secret (validated)
 */
public record StudyConfig(
        SearchSpace space,
        Sampler sampler,
        String metric,
        Goal goal,
        OptionalDouble target,
        int maxTrials,
        int parallelism,
        int maxFailedTrials,
        Optional<StoppingRule> earlyStopping,
        TrialTemplate template,
        Storage storage) {
    /** Default of {@code spec.parallelism}. */
    public static final int DEFAULT_PARALLELISM = 1;
    /** Default of {@code spec.maxFailedTrials}. */
    public static final int DEFAULT_MAX_FAILED_TRIALS = 3;

    /** The loss TPE and the planner compare: lower is better. */
    public double loss(double objective) {
        return goal.toLoss(objective);
    }

    /** Whether {@code objective} is at least as good as the target. */
    public boolean reachesTarget(double objective) {
        return target.isPresent() && loss(objective) <= loss(target.getAsDouble());
    }
}
