package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialRecord;
import java.util.List;
import java.util.Optional;

/**
 * What the report holds and under which file names, decided before anything is drawn or written
 * (by {@link ReportPlanner}). Rendering draws the {@link Chart}s; the page links them.
 *
 * @param study the study read from the store
 * @param options the options it was planned with
 * @param best the best succeeded trial, if any
 * @param baseline the baseline-like trial and why, if any
 * @param objectiveCharts objective vs each parameter, in parameter order
 * @param history the optimization history, if any trial succeeded
 * @param learningCurves validation loss per epoch of every trial, if any reported
 * @param weights weight panels: best, then baseline-like (one when they are the same trial)
 * @param masks mask rows, one per tile
 * @param metricColumns metrics keys shown in the trial table
 */
public record ReportPlan(
        StudyModel study,
        ReportOptions options,
        Optional<TrialRecord> best,
        Optional<BaselineRule.Choice> baseline,
        List<ParamChart> objectiveCharts,
        Optional<Chart> history,
        Optional<Chart> learningCurves,
        List<WeightPanel> weights,
        List<MaskRow> masks,
        List<String> metricColumns) {

    /** Copies the lists. */
    public ReportPlan {
        objectiveCharts = List.copyOf(objectiveCharts);
        weights = List.copyOf(weights);
        masks = List.copyOf(masks);
        metricColumns = List.copyOf(metricColumns);
    }

    /** Every chart file of the plan, in page order. */
    public List<Chart> charts() {
        java.util.ArrayList<Chart> all = new java.util.ArrayList<>();
        objectiveCharts.forEach(c -> all.add(c.chart()));
        history.ifPresent(all::add);
        learningCurves.ifPresent(all::add);
        for (WeightPanel panel : weights) {
            panel.layers().forEach(l -> all.add(l.chart()));
            panel.stats().ifPresent(all::add);
        }
        masks.forEach(m -> all.add(m.chart()));
        return all;
    }

    /**
     * One PNG file beside index.html.
     *
     * @param file its file name (a key segment)
     * @param title what it shows, also its alt text
     * @param width pixels
     * @param height pixels
     */
    public record Chart(String file, String title, int width, int height) {}

    /** The objective against one parameter. */
    public record ParamChart(String parameter, Chart chart) {}

    /**
     * The weight distributions of one trial.
     *
     * @param role "best", "baseline-like" or "best and baseline-like"
     * @param trial the trial
     * @param layers one ridge chart per shown layer
     * @param stats the shape statistics over epochs of the shown layers
     */
    public record WeightPanel(String role, TrialRecord trial, List<LayerChart> layers, Optional<Chart> stats) {
        /** Copies the list. */
        public WeightPanel {
            layers = List.copyOf(layers);
        }
    }

    /** The histograms of one layer's parameter array, epoch by epoch. */
    public record LayerChart(String layer, String param, Chart chart) {}

    /**
     * One tile: image | truth | best prediction | baseline-like prediction.
     *
     * @param tile the tile's name (the mask file's name without .png)
     * @param bestKey the best trial's mask image key
     * @param baselineKey the baseline-like trial's mask image key of the same tile, if it has one
     * @param chart the composed image
     */
    public record MaskRow(String tile, String bestKey, Optional<String> baselineKey, Chart chart) {}
}
