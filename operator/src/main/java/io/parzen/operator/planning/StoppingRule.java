package io.parzen.operator.planning;

import java.util.Collection;
import java.util.Map;

/**
 * An early-stopping rule ({@code spec.earlyStopping.rule}): decides, from the trials alone and
 * without any I/O, which running trials to stop. The planner asks it on every reconcile (on a
 * cluster) and every poll (the local runner), so a rule keeps no state of its own.
 */
public sealed interface StoppingRule permits MedianRule, AshaRule {
    /** The rule's name as {@code spec.earlyStopping.rule} spells it. */
    String name();

    /**
     * Trials to stop, all {@link TrialView#stoppable}, by name, each with its reason; a reason starts
     * with {@code "stopped by <rule> at ..."} so that the trial's message says which rule stopped it.
     */
    Map<String, String> stop(StudyConfig config, Collection<TrialView> trials);
}
