package io.parzen.operator.store;

import io.parzen.operator.planning.ResultRule;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the store holds about one trial, as plain values. Built by {@link StudyReader};
 * anything it could not read is left empty and explained in {@code problems}.
 *
 * @param name the trial's name (its folder under {@code studies/<study>/trials/})
 * @param params the parameters from {@code params.json}, in their written order
 * @param phase the phase derived from result.json, then status.json
 * @param result the committed result, or null when there is none (or it is unreadable)
 * @param status the operator's optional status note, or null
 * @param metrics the metrics lines, oldest first
 * @param histograms the histogram lines (empty when not read)
 * @param masks mask image keys by epoch, each list sorted
 * @param problems what could not be read, one message per file
 */
public record TrialRecord(
        String name,
        Map<String, String> params,
        TrialPhase phase,
        TrialResult result,
        TrialStatus status,
        List<MetricsLine> metrics,
        List<HistogramLine> histograms,
        SortedMap<Integer, List<String>> masks,
        List<String> problems) {

    /** Copies the collections. */
    public TrialRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        metrics = List.copyOf(metrics);
        histograms = List.copyOf(histograms);
        TreeMap<Integer, List<String>> copy = new TreeMap<>();
        masks.forEach((epoch, keys) -> copy.put(epoch, List.copyOf(keys)));
        masks = Collections.unmodifiableSortedMap(copy);
        problems = List.copyOf(problems);
    }

    /** The objective of a succeeded trial. */
    public OptionalDouble objective() {
        return result != null && ResultRule.succeeded(result) ? OptionalDouble.of(result.objective()) : OptionalDouble.empty();
    }

    /** The latest epoch reported: the metrics' last epoch, else result's or status's epoch count. */
    public OptionalInt lastEpoch() {
        OptionalInt fromMetrics = metrics.stream().mapToInt(MetricsLine::epoch).max();
        if (fromMetrics.isPresent()) {
            return fromMetrics;
        }
        if (result != null && result.epochs() > 0) {
            return OptionalInt.of(result.epochs());
        }
        return status != null && status.epoch() != null ? OptionalInt.of(status.epoch()) : OptionalInt.empty();
    }

    /**
     * The metrics line the tables quote: the one of the epoch whose objective the result reports
     * ({@code bestEpoch}; empty when that line is missing, rather than another epoch's values),
     * else the last line (where an early-stopped or failed trial ended).
     */
    public Optional<MetricsLine> reportLine() {
        if (result != null && result.bestEpoch() != null) {
            return metrics.stream().filter(line -> line.epoch() == result.bestEpoch()).findFirst();
        }
        return metrics.isEmpty() ? Optional.empty() : Optional.of(metrics.get(metrics.size() - 1));
    }

    /** The value of {@code key} in {@link #reportLine()}, if that line carries it. */
    public OptionalDouble reportMetric(String key) {
        return reportLine().map(line -> line.metric(key)).orElse(OptionalDouble.empty());
    }

    /** The value of {@code metric} in the last metrics line, when finite: where an early-stopped trial ended. */
    public OptionalDouble lastValue(String metric) {
        if (metrics.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = metrics.get(metrics.size() - 1).metric(metric);
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }

    /** Wall-clock seconds: the result's, else the sum of the metrics lines' {@code seconds}. */
    public OptionalDouble seconds() {
        if (result != null) {
            return OptionalDouble.of(result.seconds());
        }
        double sum = 0;
        boolean any = false;
        for (MetricsLine line : metrics) {
            OptionalDouble s = line.metric(MetricsLine.SECONDS);
            if (s.isPresent()) {
                sum += s.getAsDouble();
                any = true;
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** The epoch whose masks the report shows: the best epoch when it has masks, else the latest with masks. */
    public OptionalInt maskEpoch() {
        if (masks.isEmpty()) {
            return OptionalInt.empty();
        }
        if (result != null && result.bestEpoch() != null && masks.containsKey(result.bestEpoch())) {
            return OptionalInt.of(result.bestEpoch());
        }
        return OptionalInt.of(masks.lastKey());
    }

    /** The mask keys of {@link #maskEpoch()}, sorted; empty when there are none. */
    public List<String> maskKeys() {
        OptionalInt epoch = maskEpoch();
        return epoch.isPresent() ? masks.get(epoch.getAsInt()) : List.of();
    }

    /** What the trial says about itself for people: problems, else the result's or status's message. */
    public Optional<String> message() {
        if (!problems.isEmpty()) {
            return Optional.of(String.join("; ", problems));
        }
        if (result != null && result.message() != null) {
            return Optional.of(result.message());
        }
        return status != null && status.message() != null ? Optional.of(status.message()) : Optional.empty();
    }
}
