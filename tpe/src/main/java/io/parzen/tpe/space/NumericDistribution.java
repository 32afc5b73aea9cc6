package io.parzen.tpe.space;

/**
 * A numeric distribution. Fields that a kind does not use are NaN: the uniform family uses
 * {@code low, high} (and {@code q} when quantized), the normal family {@code mu, sigma} (and
 * {@code q}); {@code int} is {@code quniform} with {@code q = 1} whose values are integers.
 *
 * <p>Kernels live in the internal space: natural log for the log kinds, linear otherwise.
 */
public record NumericDistribution(DistributionKind kind, double low, double high, double q, double mu, double sigma)
        implements Distribution {

    public static NumericDistribution uniform(double low, double high) {
        return new NumericDistribution(DistributionKind.UNIFORM, low, high, Double.NaN, Double.NaN, Double.NaN);
    }

    public static NumericDistribution quniform(double low, double high, double q) {
        return new NumericDistribution(DistributionKind.QUNIFORM, low, high, q, Double.NaN, Double.NaN);
    }

    public static NumericDistribution loguniform(double low, double high) {
        return new NumericDistribution(DistributionKind.LOGUNIFORM, low, high, Double.NaN, Double.NaN, Double.NaN);
    }

    public static NumericDistribution qloguniform(double low, double high, double q) {
        return new NumericDistribution(DistributionKind.QLOGUNIFORM, low, high, q, Double.NaN, Double.NaN);
    }

    public static NumericDistribution normal(double mu, double sigma) {
        return new NumericDistribution(DistributionKind.NORMAL, Double.NaN, Double.NaN, Double.NaN, mu, sigma);
    }

    public static NumericDistribution qnormal(double mu, double sigma, double q) {
        return new NumericDistribution(DistributionKind.QNORMAL, Double.NaN, Double.NaN, q, mu, sigma);
    }

    public static NumericDistribution lognormal(double mu, double sigma) {
        return new NumericDistribution(DistributionKind.LOGNORMAL, Double.NaN, Double.NaN, Double.NaN, mu, sigma);
    }

    public static NumericDistribution qlognormal(double mu, double sigma, double q) {
        return new NumericDistribution(DistributionKind.QLOGNORMAL, Double.NaN, Double.NaN, q, mu, sigma);
    }

    public static NumericDistribution integer(long low, long high) {
        return new NumericDistribution(DistributionKind.INT, low, high, 1.0, Double.NaN, Double.NaN);
    }

    public boolean log() {
        return kind.log();
    }

    public boolean quantized() {
        return kind.quantized();
    }

    public boolean bounded() {
        return kind.bounded();
    }

    @Override
    public boolean finite() {
        return quantized() && bounded();
    }

    /** Maps a value to the internal space (ln for log kinds). */
    public double toInternal(double x) {
        return log() ? Math.log(x) : x;
    }

    /** Maps an internal-space value back. */
    public double fromInternal(double y) {
        return log() ? Math.exp(y) : y;
    }

    /** Prior mean in internal space: the middle of the bounds, or mu. */
    public double priorMean() {
        return bounded() ? (toInternal(low) + toInternal(high)) / 2 : mu;
    }

    /** Prior sigma in internal space: the width of the bounds, or sigma. */
    public double priorSigma() {
        return bounded() ? toInternal(high) - toInternal(low) : sigma;
    }

    /** The grid of a quantized kind; bounded grids start at low or at 0, unbounded ones at 0. */
    public Grid grid(GridAnchor anchor) {
        if (!quantized()) {
            throw new IllegalStateException(kind.wireName() + " is not quantized");
        }
        if (!bounded()) {
            // qlognormal values are positive multiples of q, so that ln(value) is finite.
            return new Grid(0.0, q, log() ? 1 : Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (anchor == GridAnchor.LOW || kind == DistributionKind.INT) {
            return new Grid(low, q, 0, (long) Math.floor((high - low) / q + 1e-9));
        }
        return new Grid(0.0, q, (long) Math.ceil(low / q - 1e-9), (long) Math.floor(high / q + 1e-9));
    }

    /** Whether a value can be suggested for this distribution (inside the bounds and on the grid). */
    public boolean accepts(double x, GridAnchor anchor) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return false;
        }
        if (bounded() && (x < low || x > high)) {
            return false;
        }
        if (log() && x <= 0) {
            return false;
        }
        return !quantized() || grid(anchor).contains(x);
    }

    /** Whether values are reported as integers. */
    public boolean integral(GridAnchor anchor) {
        return kind == DistributionKind.INT || (quantized() && grid(anchor).integral());
    }
}
