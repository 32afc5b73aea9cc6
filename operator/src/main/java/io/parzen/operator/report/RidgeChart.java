package io.parzen.operator.report;

import io.parzen.storage.HistogramLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A layer's weight histograms over epochs drawn as ridges, the way TensorBoard's histogram view
 * does: one filled curve per epoch, each on its own baseline, the oldest at the back (top) and
 * the newest in front (bottom), so that later curves cover earlier ones.
 */
final class RidgeChart {
    /** A curve's peak, in baselines: above 1 the ridges overlap. */
    static final double HEIGHT = 1.7;
    private static final Color OLD = new Color(0xFDD9B5);
    private static final Color NEW = new Color(0xC2410C);

    private RidgeChart() {}

    /** The ridges of {@code lines} (one layer and parameter, any epochs), titled {@code title}. */
    static JFreeChart draw(String title, List<HistogramLine> lines) {
        List<HistogramLine> epochs = lines.stream().sorted(Comparator.comparingInt(HistogramLine::epoch)).toList();
        int n = epochs.size();
        String[] labels = new String[n];
        NumberAxis x = new NumberAxis("weight value");
        x.setAutoRangeIncludesZero(false);
        SymbolAxis y = new SymbolAxis("epoch", labels);
        y.setGridBandsVisible(false);
        y.setRange(-0.3, Math.max(1, n - 1 + HEIGHT + 0.1));
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int i = 0; i < n; i++) {
            HistogramLine line = epochs.get(i);
            double base = n - 1 - i; // oldest highest
            labels[(int) base] = Integer.toString(line.epoch());
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(ridge(line, base));
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            float t = n == 1 ? 1f : i / (float) (n - 1);
            renderer.setSeriesFillPaint(0, blend(OLD, NEW, t * 0.6f));
            renderer.setSeriesPaint(0, blend(OLD, NEW, 0.4f + 0.6f * t).darker());
            renderer.setSeriesStroke(0, new BasicStroke(1.2f));
            renderer.setAlpha(1f);
            plot.setDataset(i, data);
            plot.setRenderer(i, renderer);
        }
        ChartTheme.plot(plot);
        plot.setRangeGridlinesVisible(false);
        String sub = n == 0 ? "no histograms" : "epochs " + epochs.get(0).epoch() + " (back) to "
                + epochs.get(n - 1).epoch() + " (front); each curve scaled to its peak";
        return ChartTheme.style(new JFreeChart(title, ChartTheme.TITLE, plot, false), sub);
    }

    /** The outline of one histogram: bucket centres at height count/peak, closed on the baseline. */
    static YIntervalSeries ridge(HistogramLine line, double base) {
        double[] edges = line.edges();
        long[] counts = line.counts();
        long peak = 1;
        for (long c : counts) {
            peak = Math.max(peak, c);
        }
        YIntervalSeries series = new YIntervalSeries("epoch " + line.epoch(), false, true);
        series.add(edges[0], base, base, base);
        for (int b = 0; b < counts.length; b++) {
            double top = base + HEIGHT * counts[b] / (double) peak;
            series.add((edges[b] + edges[b + 1]) / 2, top, base, top);
        }
        series.add(edges[edges.length - 1], base, base, base);
        return series;
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color(
                Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
