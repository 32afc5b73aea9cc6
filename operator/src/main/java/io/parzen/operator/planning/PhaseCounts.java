package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Trials per phase.
 *
 * @param byPhase count of each phase (every phase present, zero when none)
 */
public record PhaseCounts(Map<TrialPhase, Integer> byPhase) {
    /** Copies the map. */
    public PhaseCounts {
        EnumMap<TrialPhase, Integer> all = new EnumMap<>(TrialPhase.class);
        for (TrialPhase p : TrialPhase.values()) {
            all.put(p, byPhase.getOrDefault(p, 0));
        }
        byPhase = Map.copyOf(all);
    }

    /** Counts the phases of some trials. */
    public static PhaseCounts of(Collection<TrialView> trials) {
        EnumMap<TrialPhase, Integer> m = new EnumMap<>(TrialPhase.class);
        for (TrialView t : trials) {
            m.merge(t.phase(), 1, Integer::sum);
        }
        return new PhaseCounts(m);
    }

    /** The count of one phase. */
    public int get(TrialPhase phase) {
        return byPhase.get(phase);
    }

    /** Pending plus running. */
    public int active() {
        return get(TrialPhase.Pending) + get(TrialPhase.Running);
    }

    /** Succeeded, failed and early-stopped. */
    public int finished() {
        return get(TrialPhase.Succeeded) + get(TrialPhase.Failed) + get(TrialPhase.EarlyStopped);
    }

    /** All trials. */
    public int total() {
        return active() + finished();
    }
}
