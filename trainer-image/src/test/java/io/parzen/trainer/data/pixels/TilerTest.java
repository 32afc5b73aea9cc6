package io.parzen.trainer.data.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.trainer.data.label.MaskStats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TilerTest {

    @ParameterizedTest(name = "{0} px in tiles of {1}: {2}")
    @CsvSource({
        "650, 256, 0 197 394",
        "256, 256, 0",
        "512, 256, 0 256",
        "513, 256, 0 129 257",
        "200, 256, 0",
        "650, 650, 0",
        "650, 64, 0 59 117 176 234 293 352 410 469 527 586"})
    void cropOffsetsCoverTheImageWithEvenOverlap(int length, int size, String expected) {
        int[] want = java.util.Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, Tiler.offsets(length, size));
    }

    /** A 2-channel 5x4 image whose value encodes (channel, row, col); mask = col % 3. */
    private static LabeledImage image() {
        int w = 5;
        int h = 4;
        float[] px = new float[2 * w * h];
        byte[] mask = new byte[w * h];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    px[(c * h + y) * w + x] = 100 * c + 10 * y + x;
                    mask[y * w + x] = (byte) (x % 3);
                }
            }
        }
        return new LabeledImage("img", px, mask, 2, w, h, new MaskStats(0, 0, 0, 0, 0));
    }

    @Test
    void cropsCopyTheRightPixels() {
        List<Tile> tiles = new Tiler(3, Tiler.Mode.CROP).tiles(image());
        assertEquals(4, tiles.size()); // x offsets 0, 2; y offsets 0, 1
        Tile t = tiles.get(3);
        assertEquals(2, t.x());
        assertEquals(1, t.y());
        assertEquals(10 * 1 + 2, t.image()[0]);            // channel 0, tile (0,0) = image (2,1)
        assertEquals(100 + 10 * 3 + 4, t.image()[9 + 8]);  // channel 1, tile (2,2) = image (4,3)
        assertArrayEquals(new byte[] {2, 0, 1, 2, 0, 1, 2, 0, 1}, t.mask());
    }

    @Test
    void smallImagesArePaddedWithZerosAndBackground() {
        Tile t = new Tiler(6, Tiler.Mode.CROP).tiles(image()).get(0);
        assertEquals(4f, t.image()[4]);
        assertEquals(0f, t.image()[5], "padding column");
        assertEquals(0f, t.image()[4 * 6], "padding row");
        assertEquals(0, t.mask()[5]);
    }

    @Test
    void resizeAveragesAreasAndSamplesMaskCentres() {
        float[] px = {1, 3, 5, 7, 2, 4, 6, 8, 0, 0, 0, 0, 8, 8, 8, 8};
        byte[] mask = {0, 1, 2, 2, 0, 1, 2, 2, 1, 1, 0, 0, 1, 1, 0, 0};
        LabeledImage img = new LabeledImage("i", px, mask, 1, 4, 4, new MaskStats(0, 0, 0, 0, 0));
        Tile t = new Tiler(2, Tiler.Mode.RESIZE).tiles(img).get(0);
        assertArrayEquals(new float[] {2.5f, 6.5f, 4f, 4f}, t.image(), 1e-6f);
        assertArrayEquals(new byte[] {1, 2, 1, 0}, t.mask()); // centres of 2x2 blocks fall on pixels (1,1), (3,1)...
    }

    @Test
    void resizeByANonIntegerFactorKeepsTheMean() {
        float[] px = new float[7 * 7];
        for (int i = 0; i < px.length; i++) {
            px[i] = i % 7;
        }
        LabeledImage img = new LabeledImage("i", px, new byte[49], 1, 7, 7, new MaskStats(0, 0, 0, 0, 0));
        float[] out = new Tiler(3, Tiler.Mode.RESIZE).tiles(img).get(0).image();
        double mean = 0;
        for (float v : out) {
            mean += v / 9;
        }
        assertEquals(3.0, mean, 1e-5);
        assertEquals((0 + 1 + 2 * (1 / 3.0)) / (7 / 3.0), out[0], 1e-5);
    }
}
