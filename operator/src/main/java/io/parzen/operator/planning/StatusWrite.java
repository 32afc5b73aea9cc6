package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.StudyStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Whether a Study's new status is written now (pure). What people and tools act on (phase, best
 * trial, conditions' status and reason, observed generation) is written at once; a change of
 * counts and messages alone at most once per {@code interval}, so a study with a hundred trials
 * reporting epochs does not patch its status several times a second, and its reconciles (which
 * create the replacement trials) stay short.
 *
 * @param write whether to write now
 * @param retryAfter when not writing a changed status: how soon to look again, so that it is written
 */
public record StatusWrite(boolean write, Duration retryAfter) {
    private static final StatusWrite NOW = new StatusWrite(true, Duration.ZERO);
    private static final StatusWrite NOTHING = new StatusWrite(false, Duration.ZERO);

    /**
     * Decides for {@code next} over the status as last written ({@code previous}, null when none),
     * {@code sinceLastWrite} after this operator last wrote it (null when it has not).
     */
    public static StatusWrite decide(StudyStatus previous, StudyStatus next, Duration sinceLastWrite, Duration interval) {
        if (unchanged(previous, next)) {
            return NOTHING;
        }
        if (previous == null || significant(previous, next) || sinceLastWrite == null
                || sinceLastWrite.compareTo(interval) >= 0) {
            return NOW;
        }
        return new StatusWrite(false, interval.minus(sinceLastWrite));
    }

    /** Whether {@code next} says exactly what {@code previous} (null when none) says. */
    public static boolean unchanged(StudyStatus previous, StudyStatus next) {
        return previous != null && Serialization.asJson(previous).equals(Serialization.asJson(next));
    }

    private static boolean significant(StudyStatus a, StudyStatus b) {
        return !Objects.equals(a.getPhase(), b.getPhase())
                || !Objects.equals(a.getObservedGeneration(), b.getObservedGeneration())
                || !Objects.equals(Serialization.asJson(a.getBestTrial()), Serialization.asJson(b.getBestTrial()))
                || !conditionStates(a.getConditions()).equals(conditionStates(b.getConditions()));
    }

    private static List<String> conditionStates(List<Condition> conditions) {
        return conditions == null ? List.of()
                : conditions.stream().map(c -> c.getType() + "=" + c.getStatus() + "/" + c.getReason()).sorted().toList();
    }
}
