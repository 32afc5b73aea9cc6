package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.nn.NetConfig;
import java.util.Objects;

/**
 * One training run, validated.
 *
 * @param data where the dataset store is: its root (holding {@code datasets/<name>/}) as a folder or
 *     {@code s3://bucket/prefix}
 * @param dataset the dataset's name under {@code datasets/}
 * @param output the trial's output folder or {@code s3://} prefix
 * @param epochs epochs to train
 * @param net the network and optimiser
 * @param batch tiles per training step
 * @param tiling how images become tiles
 * @param maxTiles training tiles per epoch at most (0 = all)
 * @param maxValTiles validation tiles at most (0 = all)
 * @param maskTiles validation tiles that get a mask image each epoch
 * @param splitSeed seed of the train/validation/test split (kept apart from the model seed, so that
 *     trials with different seeds see the same split)
 * @param objective which validation loss is the objective
 * @param recipe the learning-rate schedule and augmentation
 */
public record TrainOptions(String data, String dataset, String output, int epochs, NetConfig net, int batch,
                           Tiler.Mode tiling, int maxTiles, int maxValTiles, int maskTiles, long splitSeed,
                           Objective objective, Recipe recipe) {

    /** Which epoch's validation loss {@code result.json} reports. */
    public enum Objective {
        /** The lowest over all epochs. */
        BEST,
        /** The last epoch's. */
        FINAL
    }

    /** Checks ranges; messages name the option. */
    public TrainOptions {
        Objects.requireNonNull(net, "net");
        check(data != null && !data.isBlank(), "--data is missing (or set PARZEN_DATA)");
        check(output != null && !output.isBlank(), "--output is missing (or set PARZEN_OUTPUT)");
        check(dataset != null && !dataset.isBlank(), "--dataset is empty");
        check(epochs >= 1 && epochs <= 10_000, "--epochs must be in 1..10000, got " + epochs);
        check(batch >= 1 && batch <= 4096, "--batch must be in 1..4096, got " + batch);
        check(maxTiles >= 0, "--max-tiles must be 0 (all) or positive, got " + maxTiles);
        check(maxValTiles >= 0, "--max-val-tiles must be 0 (all) or positive, got " + maxValTiles);
        check(maskTiles >= 0 && maskTiles <= 64, "--mask-tiles must be in 0..64, got " + maskTiles);
        Objects.requireNonNull(tiling, "tiling");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(recipe, "recipe");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
