package io.parzen.trainer.train.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parzen.storage.HistogramLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change fields of the histogram lines, on hand-made arrays (no network). */
class HistogramsTest {

    private static Map<String, float[]> arrays(float[] w, float[] b) {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("enc0_conv1_W", w);
        m.put("head_b", b);
        return m;
    }

    @Test
    void changeIsTheWasserstein1DistanceAndRelativeChangeTheL2Ratio() {
        Histograms h = new Histograms();
        List<HistogramLine> first = h.report(1, arrays(new float[] {0, 1, 3}, new float[] {2, 0}));
        assertEquals("enc0_conv1", first.get(0).layer());
        assertEquals("W", first.get(0).param());
        assertNull(first.get(0).change(), "nothing to compare with before start or a first report");
        assertNull(first.get(0).relativeChange());

        List<HistogramLine> second = h.report(2, arrays(new float[] {5, 1, 2}, new float[] {2, 1}));
        // sorted {0, 1, 3} -> {1, 2, 5}: (1 + 1 + 2) / 3
        assertEquals(4.0 / 3, second.get(0).change(), 1e-12);
        assertEquals(Math.sqrt((25.0 + 0 + 1) / (0 + 1 + 9)), second.get(0).relativeChange(), 1e-12);
        // {2, 0} -> {2, 1}: sorted {0, 2} -> {1, 2}
        assertEquals(0.5, second.get(1).change(), 1e-12);
        assertEquals(0.5, second.get(1).relativeChange(), 1e-12);
        assertEquals(2, second.get(1).epoch());
    }

    @Test
    void aShiftMovesTheDistributionByTheShiftAndAPermutationNotAtAll() {
        Histograms h = new Histograms();
        h.report(1, arrays(new float[] {-0.5f, 0.25f, 1, 0.75f}, new float[] {1, 2}));
        List<HistogramLine> shifted = h.report(2, arrays(new float[] {-0.25f, 0.5f, 1.25f, 1}, new float[] {2, 1}));
        assertEquals(0.25, shifted.get(0).change(), 1e-12, "in the weights' unit, not relative");
        assertEquals(0, shifted.get(1).change(), "swapped values: the same distribution");
        assertEquals(Math.sqrt(2.0 / 5), shifted.get(1).relativeChange(), 1e-12, "but the array moved");
        List<HistogramLine> same = h.report(3, arrays(new float[] {-0.25f, 0.5f, 1.25f, 1}, new float[] {2, 1}));
        assertEquals(0, same.get(0).change(), "compared with epoch 2, not epoch 1");
        assertEquals(0, same.get(0).relativeChange());
    }
}
