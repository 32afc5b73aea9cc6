package io.parzen.trainer.data.spacenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.LocalObjectStore;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochBatchesTest {

    @TempDir
    static Path dir;
    static SpaceNetDataset dataset;

    @BeforeAll
    static void writeDataset() throws Exception {
        SyntheticSpaceNet.write(new LocalObjectStore(dir), SynthConfig.of("e", 7, 3, 96));
        dataset = SpaceNetDataset.open(new LocalObjectStore(dir), "e");
    }

    private static List<TileBatch> epoch(long seed, int epoch) {
        List<TileBatch> out = new ArrayList<>();
        // 96 px images in 64 px crops: 4 tiles each, 28 in all -> batches of 5: 5 x 5 + 3
        new EpochBatches(dataset, dataset.imageIds(), new Tiler(64, Tiler.Mode.CROP), 5, 2, seed, epoch)
                .forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyTileOnceAndALastPartialBatch() {
        List<TileBatch> batches = epoch(1, 0);
        assertEquals(6, batches.size());
        assertEquals(3, batches.get(5).n());
        assertEquals(28, batches.stream().mapToInt(TileBatch::n).sum());
    }

    @Test
    void sameSeedAndEpochSameBatchesOtherEpochOtherOrder() {
        List<TileBatch> a = epoch(1, 0);
        List<TileBatch> b = epoch(1, 0);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).images(), b.get(i).images());
            assertArrayEquals(a.get(i).labels(), b.get(i).labels());
        }
        assertFalse(java.util.Arrays.equals(a.get(0).images(), epoch(1, 1).get(0).images()));
    }

    @Test
    void batchesAreNchwInUnitRange() {
        TileBatch b = epoch(2, 0).get(0);
        assertEquals(5 * 3 * 64 * 64, b.images().length);
        for (float v : b.images()) {
            assertTrue(v >= 0 && v <= 1);
        }
    }
}
