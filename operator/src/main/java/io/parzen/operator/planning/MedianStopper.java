package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median early-stopping rule (as Optuna's MedianPruner): a running trial at epoch e (its latest
 * report, e >= startEpoch) is stopped when its best loss over epochs 1..e is worse than the median of
 * the losses that the finished trials (succeeded or early-stopped) reported at epoch e, once at
 * least {@code minTrials} trials have finished. Losses are objectives turned "lower is better". A
 * trial at its planned last epoch is left alone ({@link TrialView#stoppable}).
 */
public final class MedianStopper {
    private MedianStopper() {}

    /** Running trials to stop, by name, with the reason. */
    public static Map<String, String> stop(MedianRule rule, StudyConfig config, Collection<TrialView> trials) {
        List<TrialView> finished = new ArrayList<>();
        for (TrialView t : trials) {
            if (t.phase() == TrialPhase.Succeeded || t.phase() == TrialPhase.EarlyStopped) {
                finished.add(t);
            }
        }
        Map<String, String> stop = new LinkedHashMap<>();
        if (finished.size() < rule.minTrials()) {
            return stop;
        }
        for (TrialView t : trials) {
            if (!t.stoppable()) {
                continue;
            }
            int epoch = t.latestEpoch();
            if (epoch < rule.startEpoch()) {
                continue;
            }
            List<Double> others = new ArrayList<>();
            for (TrialView f : finished) {
                Double v = f.curve().get(epoch);
                if (v != null && Double.isFinite(v)) {
                    others.add(config.loss(v));
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            double best = t.curve().headMap(epoch, true).values().stream()
                    .mapToDouble(config::loss).min().orElse(Double.NaN);
            double median = median(others);
            if (best > median) {
                stop.put(t.name(), String.format(java.util.Locale.ROOT,
                        "stopped by median at epoch %d: best %s %.6g up to epoch %d is worse than the median %.6g"
                        + " of %d finished trials at that epoch", epoch, config.metric(), config.goal().toLoss(best), epoch,
                        config.goal().toLoss(median), others.size()));
            }
        }
        return stop;
    }

    /** The median: the middle value, or the mean of the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
