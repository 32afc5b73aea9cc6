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
        BuildingCounts c = BuildingMatcher.match(mask(t), mask(p), t[0].length(), t.length, 0);
        assertEquals(new BuildingCounts(tp, fp, fn), c, name);
    }

    /** A 40 x 3 mask with a run of {@code a} building pixels in row 0 and of {@code b} in row 2. */
    private static byte[] runs(int a, int b) {
        byte[] m = new byte[40 * 3];
        java.util.Arrays.fill(m, 0, a, (byte) 1);
        java.util.Arrays.fill(m, 80, 80 + b, (byte) 1);
        return m;
    }

    @Test
    void spaceNetLeavesOutTruthFootprintsUnderTwentyPixels() {
        // nothing predicted: the 20 px footprint is missed, the 19 px one does not count
        assertEquals(new BuildingCounts(0, 0, 1), BuildingMatcher.match(runs(19, 20), new byte[120], 40, 3));
        assertEquals(new BuildingCounts(0, 0, 2), BuildingMatcher.match(runs(19, 20), new byte[120], 40, 3, 0));
    }

    @Test
    void spaceNetLeavesOutPredictedFootprintsOfTwentyPixelsOrLess() {
        // no truth: a 21 px prediction is a false alarm, a 20 px one is left out
        assertEquals(new BuildingCounts(0, 1, 0), BuildingMatcher.match(new byte[120], runs(20, 21), 40, 3));
        // a matched pair of 25 px each still counts
        assertEquals(new BuildingCounts(1, 0, 0), BuildingMatcher.match(runs(25, 0), runs(25, 0), 40, 3));
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
