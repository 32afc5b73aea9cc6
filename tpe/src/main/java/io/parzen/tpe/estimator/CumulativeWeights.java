package io.parzen.tpe.estimator;

/** Picking a mixture component from running sums of its weights. */
final class CumulativeWeights {
    private CumulativeWeights() {}

    /**
     * The first index whose running sum exceeds {@code u} times the total (the last sum), else the
     * last index; {@code u} is uniform in [0, 1). Binary search: a mixture can have 10,000 components.
     */
    static int pick(double[] cumulative, double u) {
        int last = cumulative.length - 1;
        double target = u * cumulative[last];
        int low = 0;
        int high = last;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
