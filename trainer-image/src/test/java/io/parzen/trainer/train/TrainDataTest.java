package io.parzen.trainer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parzen.storage.LocalObjectStore;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import io.parzen.trainer.nn.LrSchedule;
import io.parzen.trainer.nn.NetConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps per epoch (what the schedule is sized by) and augmentation as the training loop sees them. */
class TrainDataTest {

    @TempDir
    static Path dir;
    static SpaceNetDataset dataset;

    @BeforeAll
    static void writeDataset() throws Exception {
        // 10 images of 96 px: 6 for training (2 validation, 2 test), each 4 crops of 64 px
        SyntheticSpaceNet.write(new LocalObjectStore(dir), SynthConfig.of("d", 10, 3, 96));
        dataset = SpaceNetDataset.open(new LocalObjectStore(dir), "d");
    }

    private static TrainData data(int maxTiles, boolean augment) {
        return data(maxTiles, 0, augment);
    }

    private static TrainData data(int maxTiles, int maxValTiles, boolean augment) {
        TrainOptions o = new TrainOptions("/d", "d", "/o", 2, NetConfig.small(1), 5, Tiler.Mode.CROP, maxTiles, maxValTiles, 1, 1,
                TrainOptions.Objective.BEST, new Recipe(LrSchedule.Kind.COSINE, 0.05, augment, 2, 0));
        return new TrainData(dataset, o);
    }

    private static List<TileBatch> epoch(TrainData d, int epoch) {
        List<TileBatch> out = new ArrayList<>();
        d.epoch(epoch).forEachRemaining(out::add);
        return out;
    }

    @Test
    void stepsPerEpochCountEveryCropOrTheCap() throws Exception {
        assertEquals(6, data(0, true).split().train().size());
        assertEquals(24, data(0, true).tilesPerEpoch());
        assertEquals(5, data(0, true).stepsPerEpoch(), "24 tiles in batches of 5");
        assertEquals(5, epoch(data(0, true), 1).size(), "the loop takes as many steps as the schedule was sized for");
        assertEquals(11, data(11, true).tilesPerEpoch());
        assertEquals(3, data(11, true).stepsPerEpoch());
        assertEquals(3, epoch(data(11, true), 1).size());
    }

    @Test
    void validationTakesWholeImagesUpToTheTileCap() throws Exception {
        double[] weights = {1, 3, 5};
        assertEquals(2, data(0, 0, false).split().val().size());
        assertEquals(2, data(0, 0, false).validation(1, weights).size(), "every validation image");
        assertEquals(2, data(0, 8, false).validation(1, weights).size(), "two images of 4 crops fit 8 crops");
        assertEquals(1, data(0, 7, false).validation(1, weights).size(), "the second image would pass 7 crops");
        assertEquals(1, data(0, 1, false).validation(1, weights).size(), "at least one image");
        assertEquals(3, data(0, 0, false).validation(3, weights).maskTiles().size());
    }

    @Test
    void augmentationTurnsTilesButKeepsTheirOrderAndContent() {
        List<TileBatch> plain = epoch(data(0, false), 2);
        List<TileBatch> turned = epoch(data(0, true), 2);
        assertEquals(plain.size(), turned.size());
        int moved = 0;
        for (int b = 0; b < plain.size(); b++) {
            assertEquals(plain.get(b).n(), turned.get(b).n());
            float[] p = plain.get(b).images().clone();
            float[] t = turned.get(b).images().clone();
            if (!Arrays.equals(p, t)) {
                moved++;
            }
            Arrays.sort(p);
            Arrays.sort(t);
            assertArrayEquals(p, t, "the same pixels, in other places");
        }
        assertFalse(moved == 0, "augmentation changed no batch");
        List<TileBatch> again = epoch(data(0, true), 2);
        assertArrayEquals(turned.get(0).labels(), again.get(0).labels(), "seeded: the same poses again");
    }

    @Test
    void calibrationBatchesAreTheSameEveryTimeUnturnedAndCapped() {
        TrainData d = data(0, true);
        List<TileBatch> first = new ArrayList<>();
        d.calibrationBatches(3).forEach(first::add);
        List<TileBatch> second = new ArrayList<>();
        d.calibrationBatches(3).forEach(second::add);
        assertEquals(3, first.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first.get(i).images(), second.get(i).images());
        }
        List<TileBatch> all = new ArrayList<>();
        d.calibrationBatches(100).forEach(all::add);
        assertEquals(5, all.size(), "at most one pass over the training tiles");
    }
}
