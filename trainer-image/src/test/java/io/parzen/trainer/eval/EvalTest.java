package io.parzen.trainer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pixel confusion, connected components, the SpaceNet building matcher and the pixel loss, on hand-drawn masks. */
class EvalTest {

    /** Parses rows of digits into a mask. */
    static byte[] mask(String... rows) {
        byte[] out = new byte[rows.length * rows[0].length()];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                out[y * rows[0].length() + x] = (byte) (rows[y].charAt(x) - '0');
            }
        }
        return out;
    }

    @Test
    void pixelIouAndF1PerClass() {
        PixelConfusion c = new PixelConfusion();
        c.add(mask("0011", "0012"), mask("0111", "0002"));
        // building: TP 2, FP 1, FN 1 -> IoU 2/4, F1 4/6
        assertEquals(0.5, c.iou(1), 1e-12);
        assertEquals(4.0 / 6, c.f1(1), 1e-12);
        // border: TP 1 -> IoU 1, F1 1
        assertEquals(1.0, c.iou(2), 1e-12);
        // background: TP 3, FP 1, FN 1 -> 3/5
        assertEquals(0.6, c.iou(0), 1e-12);
        assertEquals(6.0 / 8, c.accuracy(), 1e-12);
    }

    @Test
    void anAbsentClassScoresOne() {
        PixelConfusion c = new PixelConfusion();
        c.add(mask("00"), mask("00"));
        assertEquals(1.0, c.iou(1));
        assertEquals(1.0, c.f1(2));
    }

    @Test
    void componentsAreFourConnected() {
        Components c = Components.of(mask("110", "001", "001"), 3, 3, 1);
        assertEquals(2, c.count(), "diagonal neighbours are separate footprints");
        assertEquals(2, c.sizes()[1]);
        assertEquals(2, c.sizes()[2]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // name; truth rows; predicted rows; TP; FP; FN
        "exact match;1100,1100,0000,0011;1100,1100,0000,0011;2;0;0",
        "half overlap is enough;1111,0000;1100,0000;1;0;0",
        "below 0.5 is a miss;1111,0000;1000,0000;0;1;1",
        "one prediction covering two buildings matches one;1101,1101;1111,1111;1;0;1",
        "nothing predicted;0110,0110;0000,0000;0;0;1",
        "false alarm;0000,0000;0010,0000;0;1;0",
    })
    void matchesBuildingsOneToOneAtIouHalf(String name, String truth, String predicted, int tp, int fp, int fn) {
        String[] t = truth.split(",");
        String[] p = predicted.split(",");
        BuildingCounts c = BuildingMatcher.match(mask(t), mask(p), t[0].length(), t.length);
        assertEquals(new BuildingCounts(tp, fp, fn), c, name);
    }

    @Test
    void buildingF1() {
        BuildingCounts c = new BuildingCounts(3, 1, 2);
        assertEquals(6.0 / 9, c.f1(), 1e-12);
        assertEquals(0.75, c.precision(), 1e-12);
        assertEquals(0.6, c.recall(), 1e-12);
        assertEquals(1.0, BuildingCounts.ZERO.f1());
    }

    @Test
    void weightedPixelLossAndArgmax() {
        // one tile, 2 pixels, 3 classes, NCHW: [c0p0, c0p1, c1p0, c1p1, c2p0, c2p1]
        float[] probs = {0.5f, 0.2f, 0.25f, 0.7f, 0.25f, 0.1f};
        byte[] labels = {0, 1};
        double[] w = {1, 3, 5};
        double expected = -Math.log(0.5) - 3 * Math.log(0.7f);
        assertEquals(expected, PixelLoss.sum(probs, labels, w, 1, 3, 2), 1e-6);
        assertEquals(0, PixelLoss.argmax(probs, 0, 3, 2)[0]);
        assertEquals(1, PixelLoss.argmax(probs, 0, 3, 2)[1]);
    }
}
