package io.parzen.operator.report;

import io.parzen.storage.MetricsLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Validation loss per epoch of every trial that reported one. Early-stopped trials are dashed and
 * end in a cross; failed ones are dotted; the best trial is drawn thick.
 */
final class LearningCurveChart {
    /** With more trials than this the legend is left out (the table names them). */
    static final int MAX_LEGEND = 16;
    private static final float[] DASH = {6f, 4f};
    private static final float[] DOT = {2f, 3f};

    private LearningCurveChart() {}

    static JFreeChart draw(StudyModel study, Goal goal) {
        String best = study.best(goal).map(TrialRecord::name).orElse("");
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        NumberAxis x = new NumberAxis("epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(MetricsLine.VAL_LOSS);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        int stopped = 0;
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
            if (trial.phase() == TrialPhase.EARLY_STOPPED) {
                stopped++;
                MetricsLine last = trial.metrics().get(trial.metrics().size() - 1);
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, ShapeUtils.createDiagonalCross(5f, 1.2f));
                XYTextAnnotation note = new XYTextAnnotation("stopped", last.epoch(), last.valLoss());
                note.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                note.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                note.setPaint(Color.DARK_GRAY);
                plot.addAnnotation(note);
            } else if (trial.name().equals(best)) {
                renderer.setSeriesShapesVisible(s, true);
                renderer.setSeriesShape(s, dot());
            }
        }
        boolean legend = data.getSeriesCount() <= MAX_LEGEND;
        String sub = data.getSeriesCount() + " trials" + (stopped > 0 ? ", " + stopped + " early-stopped (dashed, x)" : "");
        return ChartTheme.style(new JFreeChart("learning curves", ChartTheme.TITLE, plot, legend), sub);
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

    private static Shape dot() {
        return new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    }
}
