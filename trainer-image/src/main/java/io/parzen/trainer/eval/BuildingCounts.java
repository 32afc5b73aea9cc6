package io.parzen.trainer.eval;

/**
 * Building-level match counts, summed over tiles.
 *
 * @param truePositives predicted footprints matched to a truth footprint at IoU >= 0.5
 * @param falsePositives predicted footprints left unmatched
 * @param falseNegatives truth footprints left unmatched
 */
public record BuildingCounts(long truePositives, long falsePositives, long falseNegatives) {

    /** No buildings. */
    public static final BuildingCounts ZERO = new BuildingCounts(0, 0, 0);

    /** The sum of two counts. */
    public BuildingCounts plus(BuildingCounts o) {
        return new BuildingCounts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** TP / (TP + FP); 1 when nothing was predicted and nothing was there, else 0 with no predictions. */
    public double precision() {
        long d = truePositives + falsePositives;
        return d == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / d;
    }

    /** TP / (TP + FN); 1 when there was nothing to find. */
    public double recall() {
        long d = truePositives + falseNegatives;
        return d == 0 ? 1 : (double) truePositives / d;
    }

    /** 2 TP / (2 TP + FP + FN); 1 when there were no buildings and none were predicted. */
    public double f1() {
        long d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 1 : 2.0 * truePositives / d;
    }
}
