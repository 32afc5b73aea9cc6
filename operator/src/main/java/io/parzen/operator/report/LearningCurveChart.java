package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import io.parzen.storage.MetricsLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Validation loss per epoch of every trial that reported one. Early-stopped trials are dashed with
 * a black cross where they stopped; failed ones are dotted; the best trial is drawn thick.
 */
final class LearningCurveChart {
    /** With more trials than this the legend is left out (the table names them). */
    static final int MAX_LEGEND = 16;
    /** Losses spanning this factor or more get a log axis. */
    static final double LOG_RATIO = 10;
    private static final float[] DASH = {6f, 4f};
    private static final float[] DOT = {2f, 3f};

    private LearningCurveChart() {}

    static JFreeChart draw(StudyModel study, Goal goal) {
        String best = study.best(goal).map(TrialRecord::name).orElse("");
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYSeries stoppedAt = new XYSeries("early stop", false, true);
        for (TrialRecord trial : study.trials()) {
            if (trial.metrics().isEmpty()) {
                continue;
            }
            String label = trial.name() + switch (trial.phase()) {
                case EARLY_STOPPED -> " (early-stopped)";
                case FAILED -> " (failed)";
                case RUNNING -> " (running)";
                default -> trial.name().equals(best) ? " (best)" : "";
            };
            XYSeries series = new XYSeries(label, true, true);
            trial.metrics().forEach(m -> series.add(m.epoch(), m.valLoss()));
            int s = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(s, trial.name().equals(best) ? ChartTheme.BEST : ChartTheme.color(s));
            renderer.setSeriesStroke(s, stroke(trial, best));
            if (trial.name().equals(best)) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            }
            if (trial.phase() == TrialPhase.EARLY_STOPPED) {
                MetricsLine last = trial.metrics().get(trial.metrics().size() - 1);
                stoppedAt.add(last.epoch(), last.valLoss());
            }
        }
        int trials = data.getSeriesCount();
        NumberAxis x = new NumberAxis("epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, yAxis(data), renderer);
        if (!stoppedAt.isEmpty()) {
            XYLineAndShapeRenderer crosses = new XYLineAndShapeRenderer(false, true);
            crosses.setSeriesPaint(0, Color.BLACK);
            crosses.setSeriesShape(0, ShapeUtils.createDiagonalCross(6f, 1.3f));
            plot.setDataset(1, new XYSeriesCollection(stoppedAt));
            plot.setRenderer(1, crosses);
        }
        boolean legend = trials <= MAX_LEGEND;
        String sub = trials + " trials" + (stoppedAt.isEmpty() ? ""
                : ", " + stoppedAt.getItemCount() + " early-stopped (dashed, x where stopped)");
        return ChartTheme.style(new JFreeChart("learning curves", ChartTheme.TITLE, plot, legend), sub);
    }

    /**
     * A log axis when the losses span more than a factor of 10: one diverged trial (loss 25 where
     * the others sit near 1.3) would otherwise flatten every other curve into a line.
     */
    private static org.jfree.chart.axis.ValueAxis yAxis(XYSeriesCollection data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            XYSeries series = data.getSeries(s);
            for (int i = 0; i < series.getItemCount(); i++) {
                double v = series.getY(i).doubleValue();
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > 0 && max / min >= LOG_RATIO) {
            org.jfree.chart.axis.LogAxis axis = new org.jfree.chart.axis.LogAxis(MetricsLine.VAL_LOSS + " (log scale)");
            axis.setSmallestValue(min / 2);
            axis.setNumberFormatOverride(new ShortNumberFormat());
            return axis;
        }
        NumberAxis y = new NumberAxis(MetricsLine.VAL_LOSS);
        y.setAutoRangeIncludesZero(false);
        return y;
    }

    private static BasicStroke stroke(TrialRecord trial, String best) {
        if (trial.name().equals(best)) {
            return new BasicStroke(3f);
        }
        return switch (trial.phase()) {
            case EARLY_STOPPED -> new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, DASH, 0f);
            case FAILED -> new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, DOT, 0f);
            default -> new BasicStroke(1.5f);
        };
    }

}
