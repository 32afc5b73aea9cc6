package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The objective of the trials against one parameter, and of the succeeded ones against trial order. */
final class ObjectiveCharts {
    /** A parameter spanning at least this ratio (all positive) is drawn on a log axis. */
    static final double LOG_RATIO = 50;
    /** The legend entry of the early-stopped trials' points. */
    static final String EARLY_STOPPED_SERIES = "early-stopped (last value)";

    private ObjectiveCharts() {}

    /**
     * Scatter of the objective vs {@code param}: numeric values on a linear (or, over a wide
     * positive range, log) axis, other values as categories; the best trial in its own colour,
     * early-stopped trials at their last reported value as crosses (see {@link ObjectivePoints}).
     */
    static JFreeChart vsParameter(StudyModel study, String param, Goal goal) {
        String best = study.best(goal).map(TrialRecord::name).orElse("");
        ObjectivePoints points = ObjectivePoints.of(study, param);
        List<ObjectivePoints.Point> all = points.all();
        boolean numeric = all.stream().allMatch(p -> Formats.parse(p.parameter()).isPresent());
        List<String> categories = numeric ? List.of()
                : List.copyOf(new TreeSet<>(all.stream().map(ObjectivePoints.Point::parameter).toList()));
        XYSeries stopped = new XYSeries(EARLY_STOPPED_SERIES, false, true);
        XYSeries succeeded = new XYSeries("succeeded", false, true);
        XYSeries bestSeries = new XYSeries("best (" + best + ")", false, true);
        for (ObjectivePoints.Point p : all) {
            double x = numeric ? Formats.parse(p.parameter()).getAsDouble() : categories.indexOf(p.parameter());
            XYSeries series = p.trial().phase() == TrialPhase.EARLY_STOPPED ? stopped
                    : p.trial().name().equals(best) ? bestSeries : succeeded;
            series.add(x, p.value());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        // drawn in this order, so the best trial lies on top; an empty series would only add a legend entry
        addSeries(data, renderer, stopped, ChartTheme.STOPPED, ShapeUtils.createDiagonalCross(4.5f, 1.2f));
        addSeries(data, renderer, succeeded, ChartTheme.POINT, new Ellipse2D.Double(-4, -4, 8, 8));
        addSeries(data, renderer, bestSeries, ChartTheme.BEST, new Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis y = new NumberAxis(study.objectiveMetric());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis(param, numeric, categories, all), y, renderer);
        return ChartTheme.style(new JFreeChart(study.objectiveMetric() + " vs " + param, ChartTheme.TITLE, plot, true),
                points.caption(param));
    }

    private static void addSeries(XYSeriesCollection data, XYLineAndShapeRenderer renderer, XYSeries series,
            Paint paint, Shape shape) {
        if (series.isEmpty()) {
            return;
        }
        int index = data.getSeriesCount();
        data.addSeries(series);
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesShape(index, shape);
    }

    private static ValueAxis xAxis(String param, boolean numeric, List<String> categories,
            List<ObjectivePoints.Point> points) {
        if (!numeric) {
            SymbolAxis axis = new SymbolAxis(param, categories.toArray(String[]::new));
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, Math.max(0.5, categories.size() - 0.5));
            return axis;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ObjectivePoints.Point p : points) {
            double v = Formats.parse(p.parameter()).getAsDouble();
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min > 0 && max / min >= LOG_RATIO) {
            LogAxis axis = new LogAxis(param + " (log scale)");
            axis.setSmallestValue(min / 2);
            axis.setNumberFormatOverride(new ShortNumberFormat());
            return axis;
        }
        NumberAxis axis = new NumberAxis(param);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** The objective of each succeeded trial in trial order, with the running best as a step line. */
    static JFreeChart history(StudyModel study, Goal goal) {
        XYSeries observed = new XYSeries("objective");
        XYSeries running = new XYSeries("running best");
        double best = Double.NaN;
        List<TrialRecord> trials = study.trials();
        for (int i = 0; i < trials.size(); i++) {
            OptionalDouble objective = trials.get(i).objective();
            if (objective.isEmpty()) {
                continue;
            }
            observed.add(i, objective.getAsDouble());
            if (goal.better(objective.getAsDouble(), best)) {
                best = objective.getAsDouble();
            }
            running.add(i, best);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartTheme.POINT);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartTheme.BEST);
        step.setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis x = new NumberAxis("trial (creation order)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeStickyZero(false); // keep a margin left of trial 0
        NumberAxis y = new NumberAxis(study.objectiveMetric());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(observed), x, y, dots);
        plot.setDataset(1, new XYSeriesCollection(running));
        plot.setRenderer(1, step);
        Map<TrialPhase, Long> counts = new java.util.EnumMap<>(TrialPhase.class);
        trials.forEach(t -> counts.merge(t.phase(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((phase, n) -> parts.add(n + " " + phase.display()));
        return ChartTheme.style(new JFreeChart("optimization history (" + goal + ")", ChartTheme.TITLE, plot, true),
                String.join(", ", parts));
    }
}
