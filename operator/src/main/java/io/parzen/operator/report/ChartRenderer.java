package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.tpe.Goal;
import io.parzen.operator.report.ReportPlan.Chart;
import io.parzen.operator.report.ReportPlan.LayerChart;
import io.parzen.operator.report.ReportPlan.MaskRow;
import io.parzen.operator.report.ReportPlan.ParamChart;
import io.parzen.operator.report.ReportPlan.WeightPanel;
import io.parzen.storage.HistogramLine;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws every chart of a {@link ReportPlan} to PNG bytes, by file name, in page order. */
public final class ChartRenderer {

    /** Where the trainer's mask images come from (the store). */
    @FunctionalInterface
    public interface MaskSource {
        /** The bytes of the object {@code key}. */
        byte[] read(String key) throws IOException;
    }

    private final MaskSource masks;

    /** Reads mask images from {@code masks}. */
    public ChartRenderer(MaskSource masks) {
        this.masks = masks;
    }

    /** Every file of the plan's charts. */
    public Map<String, byte[]> render(ReportPlan plan) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StudyModel study = plan.study();
        Goal goal = plan.options().goal();
        for (ParamChart c : plan.objectiveCharts()) {
            put(files, c.chart(), ObjectiveCharts.vsParameter(study, c.parameter(), goal));
        }
        if (plan.history().isPresent()) {
            put(files, plan.history().get(), ObjectiveCharts.history(study, goal));
        }
        if (plan.learningCurves().isPresent()) {
            put(files, plan.learningCurves().get(), LearningCurveChart.draw(study, goal));
        }
        for (WeightPanel panel : plan.weights()) {
            for (LayerChart layer : panel.layers()) {
                List<HistogramLine> lines = panel.trial().histograms().stream()
                        .filter(h -> h.layer().equals(layer.layer()) && h.param().equals(layer.param()))
                        .toList();
                put(files, layer.chart(), RidgeChart.draw(layer.layer() + " / " + layer.param(), lines));
            }
            if (panel.stats().isPresent()) {
                List<String> layers = panel.layers().stream().map(LayerChart::layer).toList();
                put(files, panel.stats().get(), ShapeStatsChart.draw(panel.trial(), layers, plan.options().weightParam()));
            }
        }
        for (MaskRow row : plan.masks()) {
            byte[] best = readQuietly(row.bestKey());
            byte[] baseline = row.baselineKey().isPresent() ? readQuietly(row.baselineKey().get()) : null;
            files.put(row.chart().file(), MaskComposer.compose(best, baseline, ReportPlanner.MASK_GAP));
        }
        return files;
    }

    private static void put(Map<String, byte[]> files, Chart chart, org.jfree.chart.JFreeChart drawn) {
        files.put(chart.file(), ChartTheme.png(drawn, chart.width(), chart.height()));
    }

    private byte[] readQuietly(String key) throws IOException {
        try {
            return masks.read(key);
        } catch (io.parzen.storage.ObjectNotFoundException e) {
            return null; // removed since the listing: drawn as a grey panel
        }
    }
}
