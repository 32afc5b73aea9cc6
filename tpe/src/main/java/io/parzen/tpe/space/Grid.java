package io.parzen.tpe.space;

import java.math.BigDecimal;

/**
 * The values {@code anchor + k*q} for {@code kMin <= k <= kMax} that a quantized parameter takes.
 * Unbounded sides use {@link Long#MIN_VALUE} / {@link Long#MAX_VALUE}.
 */
public record Grid(double anchor, double q, long kMin, long kMax) {

    /** Index of the grid point nearest to x (ties away from zero), clamped to the grid. */
    public long index(double x) {
        double k = Math.round((x - anchor) / q);
        return (long) Math.max(kMin, Math.min(kMax, k));
    }

    /** The grid value of index k, computed in decimal so that 0.1 * 3 gives 0.3, not 0.30000000000000004. */
    public double value(long k) {
        if (anchor == Math.rint(anchor) && q == Math.rint(q) && Math.abs(k) < (1L << 40)) {
            return anchor + k * q;
        }
        return BigDecimal.valueOf(anchor).add(BigDecimal.valueOf(q).multiply(BigDecimal.valueOf(k))).doubleValue();
    }

    /** The grid value nearest to x. */
    public double snap(double x) {
        return value(index(x));
    }

    /** Whether x is (within rounding) one of the grid's values. */
    public boolean contains(double x) {
        long k = index(x);
        double tolerance = 1e-9 * Math.max(Math.abs(q), Math.abs(x));
        return Math.abs(value(k) - x) <= tolerance;
    }

    /** Number of points, or {@link Long#MAX_VALUE} for an unbounded grid. */
    public long size() {
        if (kMin == Long.MIN_VALUE || kMax == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return kMax - kMin + 1;
    }

    /** Whether every value is an integer (so that it is reported as a JSON integer). */
    public boolean integral() {
        return anchor == Math.rint(anchor) && q == Math.rint(q);
    }
}
