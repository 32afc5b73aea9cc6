package io.parzen.trainer.data.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A validation image padded for the network, its output cut back, and mask crops cut out of it. */
class WholeImageTest {

    /** A 2-channel 3 x 2 image whose pixel values name their channel, row and column (c*100 + y*10 + x). */
    private static LabeledImage image() {
        int w = 3;
        int h = 2;
        float[] pixels = new float[2 * w * h];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[(c * h + y) * w + x] = c * 100 + y * 10 + x;
                }
            }
        }
        return new LabeledImage("img1", pixels, new byte[] {0, 1, 1, 2, 1, 0}, 2, w, h, null);
    }

    @Test
    void padsAtTheRightAndBottomToTheStep() {
        WholeImage whole = WholeImage.of(image(), 4);
        assertEquals(4, whole.paddedWidth());
        assertEquals(4, whole.paddedHeight());
        float[] p = whole.image();
        assertEquals(12f, p[1 * 4 + 2], "channel 0, row 1, column 2 keeps its place");
        assertEquals(101f, p[(4 + 0) * 4 + 1], "channel 1, row 0, column 1");
        assertEquals(0f, p[3], "padding column");
        assertEquals(0f, p[2 * 4 + 1], "padding row");
        assertArrayEquals(image().mask(), whole.mask(), "the mask keeps the image's size");
    }

    @Test
    void unpadCutsTheOutputBackToTheImage() {
        WholeImage whole = WholeImage.of(image(), 4);
        // an "output" of 2 classes equal to the padded input: cut back, it is the original image
        assertArrayEquals(image().image(), whole.unpad(whole.image(), 2));
        assertThrows(IllegalArgumentException.class, () -> whole.unpad(new float[5], 2));
    }

    @Test
    void anImageOfTheRightSizeIsNotCopied() {
        WholeImage whole = WholeImage.of(image(), 1);
        float[] planes = new float[3 * 3 * 2];
        assertSame(planes, whole.unpad(planes, 3));
    }

    @Test
    void cutTakesACropOfAMaskWithZerosOutside() {
        WholeImage whole = WholeImage.of(image(), 4);
        // mask rows: 0 1 1 / 2 1 0; the 2x2 square at (2, 1) holds one image pixel
        assertArrayEquals(new byte[] {0, 0, 0, 0}, whole.cut(whole.mask(), 2, 1, 2));
        assertArrayEquals(new byte[] {1, 1, 1, 0}, whole.cut(whole.mask(), 1, 0, 2));
    }
}
