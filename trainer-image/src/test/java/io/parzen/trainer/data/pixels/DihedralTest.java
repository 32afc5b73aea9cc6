package io.parzen.trainer.data.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The eight poses of a tile: checked against hand-written 3x3 results, on every channel and the mask alike. */
class DihedralTest {

    /** A 3x3 plane 1..9 row by row. */
    private static final float[] PLANE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** Two tiles of two channels (the second channel is the first plus 10, the mask the first as bytes). */
    private static TileBatch batch() {
        float[] images = new float[2 * 2 * 9];
        byte[] labels = new byte[2 * 9];
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 9; p++) {
                images[(t * 2) * 9 + p] = PLANE[p] + 100 * t;
                images[(t * 2 + 1) * 9 + p] = PLANE[p] + 10 + 100 * t;
                labels[t * 9 + p] = (byte) (PLANE[p] + 20 * t);
            }
        }
        return new TileBatch(images, labels, 2, 2, 3, 3);
    }

    private static float[] firstChannel(int k) {
        TileBatch b = batch();
        Dihedral.apply(b, 0, k);
        float[] out = new float[9];
        System.arraycopy(b.images(), 0, out, 0, 9);
        return out;
    }

    @Test
    void quarterTurnsAndMirrorsAsNumpyRot90AndFliplr() {
        assertArrayEquals(PLANE, firstChannel(0));
        // numpy: rot90([[1,2,3],[4,5,6],[7,8,9]]) = [[3,6,9],[2,5,8],[1,4,7]]
        assertArrayEquals(new float[] {3, 6, 9, 2, 5, 8, 1, 4, 7}, firstChannel(1));
        assertArrayEquals(new float[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, firstChannel(2));
        assertArrayEquals(new float[] {7, 4, 1, 8, 5, 2, 9, 6, 3}, firstChannel(3));
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4, 9, 8, 7}, firstChannel(4));
        assertArrayEquals(new float[] {9, 6, 3, 8, 5, 2, 7, 4, 1}, firstChannel(5));
    }

    @Test
    void allEightPosesDiffer() {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < Dihedral.COUNT; k++) {
            seen.add(java.util.Arrays.toString(firstChannel(k)));
        }
        assertEquals(8, seen.size());
    }

    @Test
    void everyChannelAndTheMaskMoveTogetherAndOtherTilesStay() {
        TileBatch b = batch();
        Dihedral.apply(b, 0, 3);
        for (int p = 0; p < 9; p++) {
            assertEquals(b.images()[p] + 10, b.images()[9 + p], "second channel");
            assertEquals((byte) b.images()[p], b.labels()[p], "mask");
        }
        TileBatch untouched = batch();
        assertArrayEquals(java.util.Arrays.copyOfRange(untouched.images(), 18, 36), java.util.Arrays.copyOfRange(b.images(), 18, 36));
        assertArrayEquals(java.util.Arrays.copyOfRange(untouched.labels(), 9, 18), java.util.Arrays.copyOfRange(b.labels(), 9, 18));
    }

    @Test
    void fourQuarterTurnsAndTwoMirrorsAreTheIdentity() {
        TileBatch b = batch();
        for (int i = 0; i < 4; i++) {
            Dihedral.apply(b, 1, 1);
        }
        Dihedral.apply(b, 1, 4);
        Dihedral.apply(b, 1, 4);
        assertArrayEquals(batch().images(), b.images());
        assertArrayEquals(batch().labels(), b.labels());
    }

    @Test
    void randomizeDrawsEveryPoseAndIsSeeded() {
        int[] counts = new int[8];
        Random r = new Random(3);
        for (int i = 0; i < 400; i++) {
            for (int k : Dihedral.randomize(batch(), r)) {
                counts[k]++;
            }
        }
        for (int c : counts) {
            assertEquals(100, c, 35, java.util.Arrays.toString(counts));
        }
        TileBatch a = batch();
        TileBatch b = batch();
        assertArrayEquals(Dihedral.randomize(a, new Random(9)), Dihedral.randomize(b, new Random(9)));
        assertArrayEquals(a.images(), b.images());
    }

    @Test
    void badTransformsAndShapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Dihedral.apply(batch(), 0, 8));
        TileBatch wide = new TileBatch(new float[6], new byte[6], 1, 1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> Dihedral.apply(wide, 0, 1));
    }
}
