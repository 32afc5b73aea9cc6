package io.parzen.storage;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of {@code histograms.jsonl}: the distribution of one parameter array of one layer after
 * an epoch. Example:
 * <pre>{"epoch":2,"layer":"enc1_conv1","param":"W","edges":[-0.5,0.0,0.5],"counts":[10,12],
 * "mean":0.01,"std":0.2,"skewness":0.1,"kurtosis":0.2,"normalDistance":0.04,"change":0.003,
 * "relativeChange":0.05}</pre>
 *
 * @param epoch the epoch just finished, from 1
 * @param layer the layer's name in the network
 * @param param which parameter array: {@code W} (weights) or {@code b} (bias); batch-norm layers
 *     may also report {@code gamma} and {@code beta}
 * @param edges bucket edges, ascending, one more than {@code counts}
 * @param counts values per bucket
 * @param mean mean of the values
 * @param std standard deviation
 * @param skewness third standardised moment
 * @param kurtosis excess kurtosis: fourth standardised moment minus 3 (0 for a normal distribution)
 * @param normalDistance distance of the histogram to the normal distribution with the same mean
 *     and std (total variation over the buckets, 0 = identical)
 * @param change how far the distribution of the values moved since the previous epoch: the
 *     Wasserstein-1 (earth mover's) distance between the previous and this epoch's values, in the
 *     values' own unit (not relative), computed exactly from all values (not from the buckets): the
 *     mean of {@code |a_(i) - b_(i)|} over the values sorted, {@code a_(i)} the i-th smallest. 0 when
 *     the values are the same multiset (even if they swapped places), {@code |c|} when every value
 *     moved by {@code c}. The trainer reports epoch 1 against the initial values. Null (left out)
 *     when unknown
 * @param relativeChange how far the array itself moved since the previous epoch, value by value:
 *     {@code ||W_e - W_e-1|| / ||W_e-1||} (L2 norms; infinite when the previous values are all
 *     zero and these are not). Scale-free, so layers compare; unlike {@code change} it also sees
 *     values that swap places. The trainer reports epoch 1 against the initial values. Null (left
 *     out) when unknown, and in files written before it existed, whose {@code change} held this
 *     relative change
 */
public record HistogramLine(
        int epoch,
        String layer,
        String param,
        double[] edges,
        long[] counts,
        double mean,
        double std,
        double skewness,
        double kurtosis,
        double normalDistance,
        Double change,
        Double relativeChange) {

    /** Checks names and that there is one edge more than counts; copies the arrays. */
    public HistogramLine {
        Keys.requireSegment("layer", layer);
        Objects.requireNonNull(param, "param");
        if (param.isEmpty()) {
            throw new IllegalArgumentException("param is empty");
        }
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(counts, "counts");
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("histogram of " + layer + "/" + param + " has "
                    + edges.length + " edges for " + counts.length + " counts; expected counts + 1");
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    /** A copy of the bucket edges. */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** A copy of the counts. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Compares the arrays by content (a record's default would compare references). */
    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramLine h
                && epoch == h.epoch
                && layer.equals(h.layer)
                && param.equals(h.param)
                && Arrays.equals(edges, h.edges)
                && Arrays.equals(counts, h.counts)
                && Double.compare(mean, h.mean) == 0
                && Double.compare(std, h.std) == 0
                && Double.compare(skewness, h.skewness) == 0
                && Double.compare(kurtosis, h.kurtosis) == 0
                && Double.compare(normalDistance, h.normalDistance) == 0
                && Objects.equals(change, h.change)
                && Objects.equals(relativeChange, h.relativeChange);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, layer, param, Arrays.hashCode(edges), Arrays.hashCode(counts),
                mean, std, skewness, kurtosis, normalDistance, change, relativeChange);
    }

    @Override
    public String toString() {
        return "HistogramLine[epoch=" + epoch + ", layer=" + layer + ", param=" + param
                + ", edges=" + Arrays.toString(edges) + ", counts=" + Arrays.toString(counts)
                + ", mean=" + mean + ", std=" + std + ", skewness=" + skewness + ", kurtosis=" + kurtosis
                + ", normalDistance=" + normalDistance + ", change=" + change
                + ", relativeChange=" + relativeChange + "]";
    }
}
