package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from a validated study and its trials and without any I/O, which trials to create, which
 * to stop early and whether the study is finished and why.
 *
 * <ul>
 * <li>More than {@code maxFailedTrials} failed trials: TooManyFailures (the study fails).
 * <li>A succeeded trial reached the target: TargetReached (the study succeeds).
 * <li>{@code maxTrials} trials exist (every phase counts) and none is active: MaxTrialsReached.
 * <li>Otherwise new trials fill the free slots ({@code parallelism} minus the trials holding one:
 *     active ones whose Job has not completed yet), never
 *     beyond {@code maxTrials}, at the lowest unused indices (so no index is ever missing).
 * </ul>
 * A finished study with a raised {@code maxTrials} plans new trials again: nothing is remembered
 * but the trials themselves. Running trials are never killed by a finish; the study is done once
 * they end.
 */
public final class Planner {
    private Planner() {}

    /** Plans one reconcile. */
    public static Plan plan(StudyConfig config, Collection<TrialView> trials) {
        PhaseCounts counts = PhaseCounts.of(trials);
        Optional<TrialView> best = best(config, trials);
        Optional<Finish> finish = Optional.empty();
        int failed = counts.get(TrialPhase.Failed);
        if (failed > config.maxFailedTrials()) {
            finish = Optional.of(new Finish(Finish.TOO_MANY_FAILURES, failed + " trials failed; spec.maxFailedTrials is "
                    + config.maxFailedTrials(), false));
        } else if (best.isPresent() && config.reachesTarget(best.get().objective())) {
            finish = Optional.of(new Finish(Finish.TARGET_REACHED, "trial " + best.get().name() + " reached "
                    + config.metric() + " " + best.get().objective() + " (target " + config.target().getAsDouble() + ")", true));
        } else if (trials.size() >= config.maxTrials()) {
            finish = Optional.of(new Finish(Finish.MAX_TRIALS_REACHED, "all " + config.maxTrials()
                    + " trials of spec.maxTrials ran", true));
        }
        List<Integer> create = finish.isPresent() ? List.of()
                : freeIndices(trials, Math.min(config.parallelism() - slotsHeld(config, trials), config.maxTrials() - trials.size()));
        // Stopping stays on once the budget is spent: the last trials are the ones it matters for.
        Map<String, String> stop = config.earlyStopping().map(rule -> rule.stop(config, trials)).orElse(Map.of());
        boolean done = finish.isPresent() && counts.active() == 0;
        return new Plan(create, stop, finish, done, counts, best);
    }

    /**
     * Trials holding a parallelism slot. A trial whose Job completed gives its slot back before its
     * result is read, unless the study has a target: then whether to go on depends on that result.
     */
    static int slotsHeld(StudyConfig config, Collection<TrialView> trials) {
        boolean resultDecides = config.target().isPresent();
        return (int) trials.stream().filter(t -> resultDecides ? t.active() : t.holdsSlot()).count();
    }

    /** The best succeeded trial by loss; ties go to the lower index. */
    static Optional<TrialView> best(StudyConfig config, Collection<TrialView> trials) {
        return trials.stream()
                .filter(t -> t.phase() == TrialPhase.Succeeded && t.finiteObjective().isPresent())
                .min(Comparator.comparingDouble((TrialView t) -> config.loss(t.objective())).thenComparingInt(TrialView::index));
    }

    /** The {@code count} lowest indices no trial uses. */
    static List<Integer> freeIndices(Collection<TrialView> trials, int count) {
        Set<Integer> used = new HashSet<>();
        for (TrialView t : trials) {
            used.add(t.index());
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; free.size() < count; i++) {
            if (!used.contains(i)) {
                free.add(i);
            }
        }
        return free;
    }
}
