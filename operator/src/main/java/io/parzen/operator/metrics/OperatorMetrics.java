package io.parzen.operator.metrics;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.model.PhaseCounts;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The operator's Prometheus metrics, written in the text exposition format: reconciles by
 * controller and outcome, suggestion latency (a histogram), and trials by phase summed over the
 * studies this operator reconciles.
 */
public final class OperatorMetrics {
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
    private final Map<String, LongAdder> reconciles = new ConcurrentHashMap<>();
    private final AtomicLongArray suggestionBuckets = new AtomicLongArray(BUCKETS.length);
    private final LongAdder suggestionCount = new LongAdder();
    private final DoubleAdder suggestionSeconds = new DoubleAdder();
    private final Map<String, PhaseCounts> trialsByStudy = new ConcurrentHashMap<>();

    /** Counts one reconcile of {@code controller} (study or trial) ending in {@code outcome} (success or error). */
    public void reconciled(String controller, String outcome) {
        reconciles.computeIfAbsent(controller + "\u0000" + outcome, k -> new LongAdder()).increment();
    }

    /** Records one suggestion call that took {@code seconds}. */
    public void suggestion(double seconds) {
        suggestionCount.increment();
        suggestionSeconds.add(seconds);
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                suggestionBuckets.incrementAndGet(i);
            }
        }
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
        out.append("# HELP parzen_suggestion_seconds Time TPE took to suggest one trial's parameters.\n");
        out.append("# TYPE parzen_suggestion_seconds histogram\n");
        for (int i = 0; i < BUCKETS.length; i++) {
            out.append("parzen_suggestion_seconds_bucket{le=\"").append(number(BUCKETS[i])).append("\"} ")
                    .append(suggestionBuckets.get(i)).append('\n');
        }
        out.append("parzen_suggestion_seconds_bucket{le=\"+Inf\"} ").append(suggestionCount.sum()).append('\n');
        out.append("parzen_suggestion_seconds_sum ").append(number(suggestionSeconds.sum())).append('\n');
        out.append("parzen_suggestion_seconds_count ").append(suggestionCount.sum()).append('\n');
        out.append("# HELP parzen_trials Trials by phase over the studies this operator reconciles.\n");
        out.append("# TYPE parzen_trials gauge\n");
        for (TrialPhase phase : TrialPhase.values()) {
            long n = trialsByStudy.values().stream().mapToLong(c -> c.get(phase)).sum();
            out.append("parzen_trials{phase=\"").append(phase.name()).append("\"} ").append(n).append('\n');
        }
        return out.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
