package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.operator.store.TrialStatus;
import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.MetricsLine;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which trials the objective-vs-parameter charts draw, at which value, and how they are told apart. */
class ObjectiveChartsTest {
    @TempDir
    Path folder;
    StudyModel study;

    @BeforeEach
    void read() throws IOException {
        LocalObjectStore store = new LocalObjectStore(folder);
        FakeStudy.write(store);
        study = new StudyReader(store).read(FakeStudy.STUDY, false);
    }

    @Test
    void anEarlyStoppedTrialIsDrawnAtItsLastValueInItsOwnSeries() {
        JFreeChart chart = ObjectiveCharts.vsParameter(study, "lr", Goal.MINIMIZE);
        XYSeriesCollection data = (XYSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(List.of(ObjectiveCharts.EARLY_STOPPED_SERIES, "succeeded", "best (seed-0001)"), keys(data));
        XYSeries stopped = data.getSeries(ObjectiveCharts.EARLY_STOPPED_SERIES);
        assertEquals(1, stopped.getItemCount(), "seed-0002");
        assertEquals(0.003, stopped.getX(0).doubleValue(), 1e-12);
        assertEquals(FakeStudy.valLoss(0.70, 2, 2), stopped.getY(0).doubleValue(), 1e-12, "its epoch-2 valLoss");
        assertEquals(0.40, data.getSeries("succeeded").getY(0).doubleValue(), 1e-12, "seed-0000");
        assertEquals(0.30, data.getSeries("best (seed-0001)").getY(0).doubleValue(), 1e-12);
    }

    @Test
    void earlyStoppedPointsHaveTheirOwnShapeAndColour() {
        XYPlot plot = (XYPlot) ObjectiveCharts.vsParameter(study, "lr", Goal.MINIMIZE).getPlot();
        XYItemRenderer renderer = plot.getRenderer();
        int stopped = plot.getDataset().indexOf(ObjectiveCharts.EARLY_STOPPED_SERIES);
        int succeeded = plot.getDataset().indexOf("succeeded");
        assertNotEquals(renderer.getSeriesPaint(succeeded), renderer.getSeriesPaint(stopped));
        assertNotEquals(renderer.getSeriesShape(succeeded).getBounds2D(), renderer.getSeriesShape(stopped).getBounds2D());
    }

    @Test
    void trialsWithoutAValueAreLeftOutAndCountedInTheSubtitle() {
        JFreeChart chart = ObjectiveCharts.vsParameter(study, "lr", Goal.MINIMIZE);
        XYSeriesCollection data = (XYSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
        List<Double> drawn = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                drawn.add(data.getYValue(s, i));
            }
        }
        drawn.sort(null);
        assertEquals(List.of(0.3, 0.4, 0.7), drawn, "not the running (0.55) or the failed (0.9) trial's value");
        assertEquals("2 succeeded, 1 early-stopped (last value); not drawn, no value: 1 failed, 1 running, 1 unknown",
                subtitle(chart));
        assertEquals("1 succeeded, 1 early-stopped (last value), 1 without filtersPerClass; "
                + "not drawn, no value: 1 failed, 1 running, 1 unknown",
                subtitle(ObjectiveCharts.vsParameter(study, "filtersPerClass", Goal.MINIMIZE)));
    }

    @Test
    void anEarlyStoppedTrialWhoseLastValueIsNotFiniteHasNoValue() {
        TrialRecord diverged = stopped("s-0000", MetricsLine.of(1, 1, 0.8), MetricsLine.of(2, 1, Double.NaN));
        TrialRecord stopped = stopped("s-0001", MetricsLine.of(1, 1, 0.9), MetricsLine.of(2, 1, 0.7));
        ObjectivePoints points = ObjectivePoints.of(new StudyModel("s", List.of(diverged, stopped)), "lr");
        assertEquals(List.of("s-0001"), points.earlyStopped().stream().map(p -> p.trial().name()).toList());
        assertEquals(0.7, points.earlyStopped().get(0).value());
        assertEquals(Map.of(TrialPhase.EARLY_STOPPED, 1), points.withoutValue());
        assertTrue(points.succeeded().isEmpty());
    }

    static TrialRecord stopped(String name, MetricsLine... lines) {
        return new TrialRecord(name, Map.of("lr", "0.01"), TrialPhase.EARLY_STOPPED, null,
                new TrialStatus(TrialPhase.EARLY_STOPPED, "median rule", lines.length), List.of(lines), List.of(),
                new TreeMap<>(), List.of());
    }

    private static List<String> keys(XYSeriesCollection data) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s).toString());
        }
        return keys;
    }

    private static String subtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle text) {
                return text.getText();
            }
        }
        throw new AssertionError("no text subtitle");
    }
}
