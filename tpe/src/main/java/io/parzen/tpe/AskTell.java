package io.parzen.tpe;

import io.parzen.tpe.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An in-memory study driven from outside: ask for trials, tell their outcome. Asked trials are
 * pending (liars) until told. Trial indices count from 0.
 */
public final class AskTell {
    private final SearchSpace space;
    private final Sampler sampler;
    private final Goal goal;
    private final List<Observation> trials = new ArrayList<>();

    public AskTell(SearchSpace space, Sampler sampler, Goal goal) {
        this.space = space;
        this.sampler = sampler;
        this.goal = goal;
    }

    /** Suggests the next trial and records it as pending. */
    public Observation ask() {
        int index = trials.size();
        Map<String, Object> params = sampler.suggest(space, List.copyOf(trials), index);
        Observation pending = Observation.pending(index, params);
        trials.add(pending);
        return pending;
    }

    /** Records a finished trial's value (in the study's own direction). */
    public void tellValue(int trial, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("trial " + trial + ": value " + value + " must be a finite number");
        }
        replace(trial, TrialState.SUCCEEDED, goal.toLoss(value));
    }

    /** Records a trial that ended without a value (failed), or early-stopped with its best value (NaN if none). */
    public void tellState(int trial, TrialState state, double value) {
        if (state == TrialState.SUCCEEDED) {
            tellValue(trial, value);
            return;
        }
        if (state.inFlight()) {
            throw new IllegalArgumentException("trial " + trial + ": state " + state + " cannot be told; allowed: succeeded,"
                    + " failed, early_stopped");
        }
        replace(trial, state, Double.isFinite(value) ? goal.toLoss(value) : Double.NaN);
    }

    private void replace(int trial, TrialState state, double loss) {
        if (trial < 0 || trial >= trials.size()) {
            throw new IllegalArgumentException("trial " + trial + " was never asked for; asked so far: 0.." + (trials.size() - 1));
        }
        Observation old = trials.get(trial);
        if (!old.state().inFlight()) {
            throw new IllegalArgumentException("trial " + trial + " was already told (" + old.state().name().toLowerCase() + ")");
        }
        trials.set(trial, new Observation(trial, old.params(), state, loss));
    }

    public List<Observation> trials() {
        return List.copyOf(trials);
    }
}
