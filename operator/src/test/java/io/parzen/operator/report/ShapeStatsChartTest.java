package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.operator.store.TrialRecord;
import io.parzen.storage.HistogramLine;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** One panel per statistic, labelled by what it measures, with the finite values of each epoch. */
class ShapeStatsChartTest {

    private static HistogramLine line(int epoch, Double change, Double relativeChange) {
        return new HistogramLine(epoch, "conv", "W", new double[] {0, 1}, new long[] {1}, 0.5, 0.1, 0, 0, 0,
                change, relativeChange);
    }

    @Test
    void changePanelsAreLabelledAndSkipUnknownAndInfiniteValues() {
        TrialRecord t = BaselineRuleTest.trial("s-0000", 0.3);
        t = new TrialRecord(t.name(), t.params(), t.phase(), t.result(), null, t.metrics(),
                List.of(line(1, null, Double.POSITIVE_INFINITY), line(2, 0.004, 0.25), line(3, 0.002, 0.125)),
                new TreeMap<>(), List.of());
        JFreeChart chart = ShapeStatsChart.draw(t, List.of("conv"), "W");
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertEquals(List.of("std", "skewness", "kurtosis", "normalDistance", "change (W1)", "relative change (L2)"),
                panels.stream().map(p -> p.getRangeAxis().getLabel()).toList());
        XYPlot change = panels.get(4);
        assertEquals(2, change.getDataset().getItemCount(0), "epoch 1 has no change");
        assertEquals(0.004, change.getDataset().getYValue(0, 0));
        XYPlot relative = panels.get(5);
        assertEquals(2, relative.getDataset().getItemCount(0), "an infinite relative change is not drawn");
        assertEquals(0.125, relative.getDataset().getYValue(0, 1));
    }
}
