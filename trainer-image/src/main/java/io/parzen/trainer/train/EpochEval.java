package io.parzen.trainer.train;

import io.parzen.trainer.eval.BuildingCounts;
import io.parzen.trainer.eval.PixelConfusion;
import java.util.List;

/**
 * What one validation pass measured.
 *
 * @param loss weighted cross-entropy per pixel
 * @param pixels pixel confusion of the three classes
 * @param buildings building-level matches (IoU >= 0.5)
 * @param masks predictions of the fixed mask tiles, in order
 */
public record EpochEval(double loss, PixelConfusion pixels, BuildingCounts buildings, List<byte[]> masks) {}
