package io.parzen.operator.planning;

import io.parzen.operator.api.EpochValue;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.api.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a Trial's status from a mapped outcome and the previous status (pure): keeps
 * {@code startedAt} once set, stamps {@code completedAt} on reaching a final phase, and a
 * Completed condition.
 */
public final class TrialStatusBuilder {
    /** Condition type: the trial reached a final phase. */
    public static final String COMPLETED = "Completed";

    private TrialStatusBuilder() {}

    /** The new status; {@code now} is RFC 3339. */
    public static TrialStatus of(TrialOutcome o, Map<String, String> parameters, String jobName, TrialStatus previous,
            Long generation, String now) {
        TrialStatus s = new TrialStatus();
        s.setPhase(o.phase().name());
        s.setReason(o.reason());
        s.setMessage(o.message());
        o.objective().ifPresent(s::setObjective);
        o.epoch().ifPresent(e -> s.setEpoch(e > 0 ? e : null));
        o.plannedEpochs().ifPresent(s::setPlannedEpochs);
        List<EpochValue> curve = new ArrayList<>();
        o.curve().forEach((e, v) -> curve.add(EpochValue.of(e, v)));
        s.setCurve(curve.isEmpty() ? null : curve);
        s.setParamsSummary(ParamValues.summary(parameters));
        s.setJobName(jobName);
        s.setObservedGeneration(generation);
        String started = previous == null ? null : previous.getStartedAt();
        if (started == null && (o.phase() == TrialPhase.Running || (o.phase().finished() && !o.curve().isEmpty()))) {
            started = now;
        }
        s.setStartedAt(started);
        String completed = previous == null ? null : previous.getCompletedAt();
        s.setCompletedAt(o.phase().finished() ? (completed == null ? now : completed) : null);
        s.setConditions(Conditions.set(previous == null ? null : previous.getConditions(), COMPLETED, o.phase().finished(),
                o.reason(), o.message(), generation, now));
        return s;
    }
}
