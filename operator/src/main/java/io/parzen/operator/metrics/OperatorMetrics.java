package io.parzen.operator.metrics;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.PhaseCounts;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The operator's Prometheus metrics, written in the text exposition format: reconciles by
 * controller and outcome, suggestion latency and replacement latency (histograms), and trials by
 * phase summed over the studies this operator reconciles.
 */
public final class OperatorMetrics {
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
    private final Map<String, LongAdder> reconciles = new ConcurrentHashMap<>();
    private final Histogram suggestions = new Histogram("parzen_suggestion_seconds",
            "Time TPE took to suggest one trial's parameters.", BUCKETS);
    private final Histogram replacements = new Histogram("parzen_replacement_seconds",
            "Time from the operator seeing a trial's Job complete to the creation of the Trial that takes its slot.",
            BUCKETS);
    private final Map<String, PhaseCounts> trialsByStudy = new ConcurrentHashMap<>();

    /** Counts one reconcile of {@code controller} (study or trial) ending in {@code outcome} (success or error). */
    public void reconciled(String controller, String outcome) {
        reconciles.computeIfAbsent(controller + "\u0000" + outcome, k -> new LongAdder()).increment();
    }

    /** Records one suggestion call that took {@code seconds}. */
    public void suggestion(double seconds) {
        suggestions.observe(seconds);
    }

    /** Records one replacement: a Trial created {@code seconds} after a Job completion freed its slot. */
    public void replacement(double seconds) {
        replacements.observe(seconds);
    }

    /** Replacements so far that took at most {@code bound} seconds (one of the bucket bounds). */
    public long replacementsWithin(double bound) {
        return replacements.atMost(bound);
    }

    /** Replacements so far. */
    public long replacements() {
        return replacements.count();
    }

    /** The latest trial counts of a study ({@code namespace/name}); null forgets the study. */
    public void trials(String study, PhaseCounts counts) {
        if (counts == null) {
            trialsByStudy.remove(study);
        } else {
            trialsByStudy.put(study, counts);
        }
    }

    /** The metrics in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP parzen_reconciles_total Reconciles by controller and outcome.\n");
        out.append("# TYPE parzen_reconciles_total counter\n");
        new TreeMap<>(reconciles).forEach((k, v) -> {
            String[] parts = k.split("\u0000");
            out.append("parzen_reconciles_total{controller=\"").append(parts[0]).append("\",outcome=\"").append(parts[1])
                    .append("\"} ").append(v.sum()).append('\n');
        });
        suggestions.write(out);
        replacements.write(out);
        out.append("# HELP parzen_trials Trials by phase over the studies this operator reconciles.\n");
        out.append("# TYPE parzen_trials gauge\n");
        for (TrialPhase phase : TrialPhase.values()) {
            long n = trialsByStudy.values().stream().mapToLong(c -> c.get(phase)).sum();
            out.append("parzen_trials{phase=\"").append(phase.name()).append("\"} ").append(n).append('\n');
        }
        return out.toString();
    }
}
