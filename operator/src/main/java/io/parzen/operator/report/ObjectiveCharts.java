package io.parzen.operator.report;

import io.parzen.tpe.Goal;
import java.awt.BasicStroke;
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
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The objective of the succeeded trials against one parameter, and against trial order. */
final class ObjectiveCharts {
    /** A parameter spanning at least this ratio (all positive) is drawn on a log axis. */
    static final double LOG_RATIO = 50;

    private ObjectiveCharts() {}

    /**
     * Scatter of the objective vs {@code param}: numeric values on a linear (or, over a wide
     * positive range, log) axis, other values as categories; the best trial in its own colour.
     */
    static JFreeChart vsParameter(StudyModel study, String param, Goal goal) {
        String best = study.best(goal).map(TrialRecord::name).orElse("");
        List<TrialRecord> points = study.trials().stream()
                .filter(t -> t.objective().isPresent() && t.params().containsKey(param))
                .toList();
        boolean numeric = points.stream().allMatch(t -> Formats.parse(t.params().get(param)).isPresent());
        List<String> categories = numeric ? List.of()
                : List.copyOf(new TreeSet<>(points.stream().map(t -> t.params().get(param)).toList()));
        XYSeries trials = new XYSeries("trials", false, true);
        XYSeries bestSeries = new XYSeries("best (" + best + ")", false, true);
        for (TrialRecord t : points) {
            String v = t.params().get(param);
            double x = numeric ? Formats.parse(v).getAsDouble() : categories.indexOf(v);
            (t.name().equals(best) ? bestSeries : trials).add(x, t.objective().getAsDouble());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(trials);
        data.addSeries(bestSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartTheme.POINT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, ChartTheme.BEST);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis y = new NumberAxis(study.objectiveMetric());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis(param, numeric, categories, points), y, renderer);
        long without = study.trials().stream().filter(t -> t.objective().isPresent()).count() - points.size();
        String sub = points.size() + " succeeded trials" + (without > 0 ? ", " + without + " without " + param : "");
        return ChartTheme.style(new JFreeChart(study.objectiveMetric() + " vs " + param, ChartTheme.TITLE, plot, true), sub);
    }

    private static ValueAxis xAxis(String param, boolean numeric, List<String> categories, List<TrialRecord> points) {
        if (!numeric) {
            SymbolAxis axis = new SymbolAxis(param, categories.toArray(String[]::new));
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, Math.max(0.5, categories.size() - 0.5));
            return axis;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (TrialRecord t : points) {
            double v = Formats.parse(t.params().get(param)).getAsDouble();
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
