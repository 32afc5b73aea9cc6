package io.parzen.operator.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asynchronous successive halving, decided from the trials' curves alone (pure, no state).
 *
 * <p>Rung k sits at epoch {@code e_k = minEpochs * reductionFactor^k}. A trial's value at rung k is
 * its objective at the first epoch it reported at or past {@code e_k}. A running trial whose latest
 * epoch lies in {@code [e_k, e_k+1)} is judged at rung k, on every call until it reaches the next
 * rung, against itself and the trials created before it (lower index, any phase) that reached the
 * rung: it goes on while its loss there is among the best {@code max(1, floor(n / reductionFactor))}
 * of those n (ties go on), the count Optuna's SuccessiveHalvingPruner uses; a non-finite value stops
 * it. Losses are objectives turned "lower is better", so the study's goal decides the order. A trial
 * at its planned last epoch is not judged ({@link TrialView#stoppable}), but still counts at its rungs.
 *
 * <p>Optuna judges a trial once, when it reports the rung step, against the trials that reached the
 * rung before it. The planner keeps no state, and a decision tied to the one reconcile that sees the
 * rung epoch would be skipped whenever an observation misses it; so the judgement lasts until the
 * next rung, and "reached it before" is read as "was created before" (indices follow creation),
 * which is the same when epochs take about the same time in every trial. Counting every trial at
 * the rung instead would let each newcomer stop trials already promoted: on simulated curves that
 * left about one trial in 40 running to the end (docs/benchmarks.md).
 */
public final class AshaStopper {
    private AshaStopper() {}

    /** Running trials to stop, by name, with the reason. */
    public static Map<String, String> stop(AshaRule rule, StudyConfig config, Collection<TrialView> trials) {
        Map<String, String> stop = new LinkedHashMap<>();
        for (TrialView t : trials) {
            if (!t.stoppable()) {
                continue;
            }
            int latest = t.latestEpoch();
            int rung = rule.rungAt(latest);
            if (rung < 0) {
                continue;
            }
            long rungEpoch = rule.rungEpoch(rung);
            int atEpoch = t.curve().ceilingKey((int) rungEpoch);
            double value = t.curve().get(atEpoch);
            String at = String.format(Locale.ROOT, "stopped by asha at rung %d (epoch %d)%s", rung, atEpoch,
                    latest == atEpoch ? "" : ", at epoch " + latest);
            if (!Double.isFinite(value)) {
                stop.put(t.name(), at + ": " + config.metric() + " is " + value);
                continue;
            }
            List<Double> losses = rungLosses(rungEpoch, t.index(), config, trials);
            losses.sort(Double::compare);
            int kept = rule.kept(losses.size());
            double loss = config.loss(value);
            if (loss > losses.get(kept - 1)) {
                long rank = losses.stream().filter(l -> l < loss).count() + 1;
                stop.put(t.name(), String.format(Locale.ROOT,
                        "%s: %s %.6g ranks %d of the %d trials at that rung (itself and those created before it); the best %d (1/%d) go on",
                        at, config.metric(), value, rank, losses.size(), kept, rule.reductionFactor()));
            }
        }
        return stop;
    }

    /**
     * The losses at the rung at {@code rungEpoch} (each at its first epoch at or past it) of the trials
     * up to index {@code upTo} that reached it.
     */
    static List<Double> rungLosses(long rungEpoch, int upTo, StudyConfig config, Collection<TrialView> trials) {
        List<Double> losses = new ArrayList<>();
        if (rungEpoch > Integer.MAX_VALUE) {
            return losses;
        }
        for (TrialView t : trials) {
            if (t.index() > upTo) {
                continue;
            }
            Map.Entry<Integer, Double> e = t.curve().ceilingEntry((int) rungEpoch);
            if (e != null && Double.isFinite(e.getValue())) {
                losses.add(config.loss(e.getValue()));
            }
        }
        return losses;
    }
}
