package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialRecord;
import io.parzen.operator.report.ReportPlan.Chart;
import io.parzen.operator.report.ReportPlan.LayerChart;
import io.parzen.operator.report.ReportPlan.MaskRow;
import io.parzen.operator.report.ReportPlan.ParamChart;
import io.parzen.operator.report.ReportPlan.WeightPanel;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Decides the content and file names of a report from a study, with no I/O and no drawing. */
public final class ReportPlanner {
    /** Chart sizes in pixels. */
    static final int SCATTER_W = 560, SCATTER_H = 380, WIDE_W = 1100, WIDE_H = 420, RIDGE_W = 540, RIDGE_H = 360,
            STATS_W = 1100, STATS_PANEL_H = 170, MASK_GAP = 4;
    /** The shape statistics drawn per layer over epochs, by their {@code HistogramLine} field names. */
    static final List<String> STATS =
            List.of("std", "skewness", "kurtosis", "normalDistance", "change", "relativeChange");

    private ReportPlanner() {}

    /** The plan of the report of {@code study}. */
    public static ReportPlan plan(StudyModel study, ReportOptions options) {
        Optional<TrialRecord> best = study.best(options.goal());
        Optional<BaselineRule.Choice> baseline = options.baseline().select(study, options.goal());
        boolean anySucceeded = best.isPresent();
        boolean anyObjectivePoint = study.trials().stream()
                .anyMatch(t -> ObjectivePoints.value(t, study.objectiveMetric()).isPresent());
        List<ParamChart> objective = new ArrayList<>();
        if (anyObjectivePoint) {
            List<String> names = study.parameterNames();
            for (int i = 0; i < names.size(); i++) {
                String p = names.get(i);
                objective.add(new ParamChart(p, new Chart("objective-" + (i + 1) + "-" + safe(p) + ".png",
                        study.objectiveMetric() + " vs " + p, SCATTER_W, SCATTER_H)));
            }
        }
        Optional<Chart> history = anySucceeded
                ? Optional.of(new Chart("history.png", "optimization history", WIDE_W, WIDE_H)) : Optional.empty();
        Optional<Chart> curves = study.trials().stream().anyMatch(t -> !t.metrics().isEmpty())
                ? Optional.of(new Chart("learning-curves.png", "validation loss per epoch", WIDE_W, WIDE_H))
                : Optional.empty();
        return new ReportPlan(study, options, best, baseline, objective, history, curves,
                weights(best, baseline, options), masks(best, baseline, options), metricColumns(study, options));
    }

    private static List<WeightPanel> weights(Optional<TrialRecord> best, Optional<BaselineRule.Choice> baseline,
            ReportOptions options) {
        List<WeightPanel> panels = new ArrayList<>();
        boolean same = best.isPresent() && baseline.isPresent() && baseline.get().trial().name().equals(best.get().name());
        best.ifPresent(t -> panels.add(panel(same ? "best and baseline-like" : "best", "best", t, options)));
        if (!same) {
            baseline.ifPresent(c -> panels.add(panel("baseline-like", "baseline", c.trial(), options)));
        }
        panels.removeIf(p -> p.layers().isEmpty());
        return panels;
    }

    private static WeightPanel panel(String role, String slug, TrialRecord trial, ReportOptions options) {
        List<String> layers = spread(layers(trial, options.weightParam()), options.maxLayers());
        List<LayerChart> charts = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String layer = layers.get(i);
            charts.add(new LayerChart(layer, options.weightParam(), new Chart(
                    "weights-" + slug + "-" + (i + 1) + "-" + safe(layer) + ".png",
                    trial.name() + " " + layer + "/" + options.weightParam() + " histograms by epoch",
                    RIDGE_W, RIDGE_H)));
        }
        Optional<Chart> stats = layers.isEmpty() ? Optional.empty() : Optional.of(new Chart(
                "stats-" + slug + ".png", trial.name() + " weight shape statistics by epoch",
                STATS_W, STATS_PANEL_H * STATS.size()));
        return new WeightPanel(role, trial, charts, stats);
    }

    /** The layers that report {@code param}, in the order the histograms list them. */
    static List<String> layers(TrialRecord trial, String param) {
        LinkedHashSet<String> layers = new LinkedHashSet<>();
        for (HistogramLine line : trial.histograms()) {
            if (line.param().equals(param)) {
                layers.add(line.layer());
            }
        }
        return List.copyOf(layers);
    }

    /** At most {@code max} items, evenly spread, first and last included. */
    static <T> List<T> spread(List<T> items, int max) {
        if (items.size() <= max) {
            return items;
        }
        TreeSet<Integer> picked = new TreeSet<>();
        for (int i = 0; i < max; i++) {
            picked.add(max == 1 ? 0 : (int) Math.round(i * (items.size() - 1) / (double) (max - 1)));
        }
        return picked.stream().map(items::get).toList();
    }

    private static List<MaskRow> masks(Optional<TrialRecord> best, Optional<BaselineRule.Choice> baseline,
            ReportOptions options) {
        if (best.isEmpty()) {
            return List.of();
        }
        Map<String, String> baselineKeys = baseline
                .map(c -> c.trial().maskKeys().stream().collect(Collectors.toMap(ReportPlanner::tile, Function.identity())))
                .orElse(Map.of());
        List<MaskRow> rows = new ArrayList<>();
        List<String> keys = best.get().maskKeys();
        for (int i = 0; i < keys.size() && rows.size() < options.maskTiles(); i++) {
            String tile = tile(keys.get(i));
            rows.add(new MaskRow(tile, keys.get(i), Optional.ofNullable(baselineKeys.get(tile)),
                    new Chart("masks-" + (i + 1) + "-" + safe(tile) + ".png", "tile " + tile, 0, 0)));
        }
        return rows;
    }

    /** The tile name of a mask key: its file name without {@code .png}. */
    static String tile(String key) {
        String file = key.substring(key.lastIndexOf('/') + 1);
        return file.endsWith(".png") ? file.substring(0, file.length() - 4) : file;
    }

    /** The configured keys some trial reports, else every extra key; never the F1 keys, which have their own columns. */
    private static List<String> metricColumns(StudyModel study, ReportOptions options) {
        List<MetricsLine> lines = study.trials().stream().flatMap(t -> t.reportLine().stream()).toList();
        List<String> configured = options.metricKeys().stream()
                .filter(k -> !BuildingF1.keys().contains(k))
                .filter(k -> lines.stream().anyMatch(l -> l.metric(k).isPresent()))
                .toList();
        if (!configured.isEmpty()) {
            return configured;
        }
        TreeSet<String> extras = new TreeSet<>();
        lines.forEach(l -> extras.addAll(l.extras().keySet()));
        extras.removeAll(BuildingF1.keys());
        return List.copyOf(extras);
    }

    /** A file-name-safe spelling: letters, digits, '.', '_' and '-'. */
    static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
