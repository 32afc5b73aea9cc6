package io.parzen.operator.report;

import io.parzen.operator.store.TrialRecord;
import io.parzen.storage.HistogramLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The shape statistics of a trial's layers over epochs, one panel per statistic (std, skewness,
 * kurtosis, distance to a normal, change: the Wasserstein-1 distance to the previous epoch's
 * values in the weights' unit, relative change: the L2 change of the array over its L2 norm), one
 * line per layer. Reference lines: skewness 0 and excess kurtosis 0 (a normal distribution, as
 * storage.HistogramLine defines it).
 */
final class ShapeStatsChart {
    private ShapeStatsChart() {}

    /** The panels for {@code layers} of {@code param} in {@code trial}'s histograms. */
    static JFreeChart draw(TrialRecord trial, List<String> layers, String param) {
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(epochAxis);
        combined.setGap(12);
        LegendItemCollection legend = null;
        for (String stat : ReportPlanner.STATS) {
            XYPlot panel = panel(trial, layers, param, stat);
            if (legend == null) {
                legend = panel.getLegendItems();
            }
            combined.add(panel, 1);
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(trial.name() + ": weight shape by epoch (" + param + ")",
                ChartTheme.TITLE, combined, true);
        return ChartTheme.style(chart, "one line per layer; excess kurtosis 0 and skewness 0 are a normal distribution;"
                + " change: Wasserstein-1 distance to the previous epoch, in weight units");
    }

    private static XYPlot panel(TrialRecord trial, List<String> layers, String param, String stat) {
        Function<HistogramLine, Double> value = value(stat);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < layers.size(); i++) {
            String layer = layers.get(i);
            XYSeries series = new XYSeries(layer, true, true);
            trial.histograms().stream()
                    .filter(h -> h.layer().equals(layer) && h.param().equals(param))
                    .sorted(Comparator.comparingInt(HistogramLine::epoch))
                    .forEach(h -> {
                        Double v = value.apply(h);
                        if (v != null && Double.isFinite(v)) {
                            series.add(h.epoch(), v);
                        }
                    });
            data.addSeries(series);
            renderer.setSeriesPaint(i, ChartTheme.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        NumberAxis axis = new NumberAxis(label(stat));
        axis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        ChartTheme.plot(plot);
        double reference = stat.equals("kurtosis") || stat.equals("skewness") ? 0 : Double.NaN;
        if (!Double.isNaN(reference)) {
            ValueMarker marker = new ValueMarker(reference, Color.GRAY,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 4f}, 0f));
            plot.addRangeMarker(marker);
        }
        return plot;
    }

    private static Function<HistogramLine, Double> value(String stat) {
        return switch (stat) {
            case "std" -> HistogramLine::std;
            case "skewness" -> HistogramLine::skewness;
            case "kurtosis" -> HistogramLine::kurtosis;
            case "normalDistance" -> HistogramLine::normalDistance;
            case "change" -> HistogramLine::change;
            case "relativeChange" -> HistogramLine::relativeChange;
            default -> throw new IllegalArgumentException("unknown statistic " + stat);
        };
    }

    /** The axis label of {@code stat}: the field name, or what the change fields measure. */
    static String label(String stat) {
        return switch (stat) {
            case "change" -> "change (W1)";
            case "relativeChange" -> "relative change (L2)";
            default -> stat;
        };
    }
}
