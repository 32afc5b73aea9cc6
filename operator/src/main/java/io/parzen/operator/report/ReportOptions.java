package io.parzen.operator.report;

import io.parzen.tpe.Goal;
import java.util.List;
import java.util.Objects;

/**
 * What the report shows, with its defaults in {@link #defaults()}.
 *
 * @param goal whether the objective is minimised (default) or maximised
 * @param baseline how to pick the baseline-like trial
 * @param metricKeys metrics-line keys shown as table columns when any trial reports them; when
 *     none does, the table shows every extra key of the quoted lines instead (the building F1
 *     keys, always shown beside the objective, are never repeated)
 * @param maxLayers at most this many layers per weight panel, evenly spread over the network
 * @param maskTiles at most this many mask tiles
 * @param weightParam which parameter array of a layer the histograms show ({@code W})
 */
public record ReportOptions(Goal goal, BaselineRule baseline, List<String> metricKeys, int maxLayers, int maskTiles,
        String weightParam) {

    /** The trainer's pixel F1 of the other classes (the building F1 scores have their own columns). */
    public static final List<String> DEFAULT_METRIC_KEYS = List.of("f1Background", "f1Border");

    /** Validates the counts. */
    public ReportOptions {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(baseline, "baseline");
        metricKeys = List.copyOf(metricKeys);
        if (maxLayers < 1 || maskTiles < 0) {
            throw new IllegalArgumentException("maxLayers must be at least 1 and maskTiles at least 0");
        }
        Objects.requireNonNull(weightParam, "weightParam");
    }

    /** Minimise; head=baseline else smallest filtersPerClass; the background and border F1 keys; 8 layers; 4 tiles; W. */
    public static ReportOptions defaults() {
        return new ReportOptions(Goal.MINIMIZE, BaselineRule.defaults(), DEFAULT_METRIC_KEYS, 8, 4, "W");
    }

    /** These options with another goal. */
    public ReportOptions withGoal(Goal other) {
        return new ReportOptions(other, baseline, metricKeys, maxLayers, maskTiles, weightParam);
    }
}
