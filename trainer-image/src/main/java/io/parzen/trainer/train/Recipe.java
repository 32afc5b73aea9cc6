package io.parzen.trainer.train;

import io.parzen.trainer.nn.LrSchedule;
import io.parzen.trainer.nn.WeightAverage;
import java.util.Locale;

/**
 * How a run trains, beyond the network and its learning rate: the learning-rate schedule, whether
 * training tiles are augmented, and which statistics and weights are validated.
 *
 * @param schedule cosine (warm-up, then a half cosine to 0) or constant
 * @param warmupFraction share of the steps spent warming up (cosine only), in [0, 0.5]
 * @param augment whether each training tile is drawn in a random one of its eight poses (turns, mirrors)
 * @param bnBatches training batches over which the batch-norm statistics are recomputed before each
 *     validation ({@link io.parzen.trainer.nn.BatchNormRecalibration}); 0 keeps the running averages
 * @param emaDecay cap of the decay of the weight average that is validated and saved
 *     ({@link WeightAverage}); 0 validates the trained weights themselves
 */
public record Recipe(LrSchedule.Kind schedule, double warmupFraction, boolean augment, int bnBatches,
                     double emaDecay) {

    /** Default of {@code bnBatches}. */
    public static final int DEFAULT_BN_BATCHES = 32;
    /** Default of {@code emaDecay}. */
    public static final double DEFAULT_EMA_DECAY = 0.99;
    /** The defaults: cosine with 5% warm-up, augmented, batch norm recomputed over 32 batches, weights averaged (0.99). */
    public static final Recipe DEFAULT = new Recipe(LrSchedule.Kind.COSINE, LrSchedule.DEFAULT_WARMUP_FRACTION, true,
            DEFAULT_BN_BATCHES, DEFAULT_EMA_DECAY);

    public Recipe {
        if (schedule == null) {
            throw new IllegalArgumentException("--lr-schedule is missing");
        }
        LrSchedule.checkWarmupFraction(warmupFraction);
        if (bnBatches < 0 || bnBatches > 10_000) {
            throw new IllegalArgumentException("--bn-batches must be in 0..10000 (0: keep the running averages), got "
                    + bnBatches);
        }
        WeightAverage.checkDecay(emaDecay);
    }

    /** The weight average to validate, or null when the trained weights themselves are validated. */
    public WeightAverage weightAverage() {
        return emaDecay == 0 ? null : new WeightAverage(emaDecay);
    }

    /** The schedule of a run of {@code totalSteps} steps peaking at {@code learningRate}. */
    public LrSchedule lrSchedule(double learningRate, long totalSteps) {
        return new LrSchedule(schedule, learningRate, warmupFraction, totalSteps);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s lr%s, augment %s, batch norm %s", schedule.label(),
                schedule == LrSchedule.Kind.COSINE ? String.format(Locale.ROOT, " (warm-up %.0f%%)", warmupFraction * 100) : "",
                augment ? "on" : "off", bnBatches == 0 ? "running averages" : "recomputed over " + bnBatches + " batches")
                + (emaDecay == 0 ? "" : String.format(Locale.ROOT, ", weight average (decay %s)", emaDecay));
    }
}
