package io.parzen.tpe.math;

/**
 * The standard normal distribution in double precision, with log-space forms that stay finite far
 * into the tails (TPE compares densities of kernels that can be thousands of sigmas away).
 *
 * <p>The upper tail uses Hart's rational approximation (as published by G. West, "Better
 * approximations to cumulative normal functions", 2005) below z = 3, where its relative error is
 * under 2e-14, and Laplace's continued fraction of the Mills ratio above, with enough terms for a
 * relative error under 1e-12 (checked against mpmath in the tests). Beyond z = 37 the tail is
 * only kept in log form, so that {@link #logUpperTail} is finite for every finite z.
 */
public final class NormalMath {
    public static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private NormalMath() {}

    /** log of the standard normal density. */
    public static double logPdf(double z) {
        return -0.5 * z * z - LOG_SQRT_2PI;
    }

    /** Q(z) = P(Z > z) for z >= 0 (0 underflows past z of about 38). */
    static double upperTailNonNegative(double z) {
        if (z > 37) {
            return 0.0;
        }
        double e = Math.exp(-0.5 * z * z);
        if (z < 3) {
            double num = 3.52624965998911e-02 * z + 0.700383064443688;
            num = num * z + 6.37396220353165;
            num = num * z + 33.912866078383;
            num = num * z + 112.079291497871;
            num = num * z + 221.213596169931;
            num = num * z + 220.206867912376;
            double den = 8.83883476483184e-02 * z + 1.75566716318264;
            den = den * z + 16.064177579207;
            den = den * z + 86.7807322029461;
            den = den * z + 296.564248779674;
            den = den * z + 637.333633378831;
            den = den * z + 793.826512519948;
            den = den * z + 440.413735824752;
            return e * num / den;
        }
        return e / millsContinuedFraction(z) / SQRT_2PI;
    }

    /** z + 1/(z + 2/(z + 3/(z + ...))), so that Q(z) = phi(z) / this; for z >= 3. */
    private static double millsContinuedFraction(double z) {
        // Terms needed for a relative error under 1e-12 fall quickly as z grows.
        int terms = z < 4 ? 40 : z < 5 ? 24 : z < 7 ? 20 : 14;
        double f = z;
        for (int k = terms; k >= 1; k--) {
            f = z + k / f;
        }
        return f;
    }

    /** P(Z > z). */
    public static double upperTail(double z) {
        return z >= 0 ? upperTailNonNegative(z) : 1.0 - upperTailNonNegative(-z);
    }

    /** P(Z <= z). */
    public static double cdf(double z) {
        return z <= 0 ? upperTailNonNegative(-z) : 1.0 - upperTailNonNegative(z);
    }

    /** log P(Z > z), finite for every finite z. */
    public static double logUpperTail(double z) {
        if (z < 0) {
            return Math.log1p(-upperTailNonNegative(-z));
        }
        if (z > 37) {
            return -0.5 * z * z - LOG_SQRT_2PI - Math.log(millsContinuedFraction(z));
        }
        return Math.log(upperTailNonNegative(z));
    }

    /** log P(Z <= z), finite for every finite z. */
    public static double logCdf(double z) {
        return logUpperTail(-z);
    }

    /**
     * log P(za < Z <= zb) for za < zb (either may be infinite), computed on the side of 0 where
     * the subtraction loses least. Never NaN; -infinity only when the interval is empty.
     */
    public static double logIntervalMass(double za, double zb) {
        if (!(za < zb)) {
            return Double.NEGATIVE_INFINITY;
        }
        double result;
        if (za >= 0) {
            double la = logUpperTail(za);
            result = la + log1mExp(logUpperTail(zb) - la);
        } else if (zb <= 0) {
            double lb = logUpperTail(-zb);
            result = lb + log1mExp(logUpperTail(-za) - lb);
        } else {
            result = Math.log1p(-(upperTailNonNegative(-za) + upperTailNonNegative(zb)));
        }
        if (Double.isNaN(result) || result == Double.NEGATIVE_INFINITY) {
            // Both tails rounded to the same value: the interval is narrow against its distance
            // from 0, so its mass is its width times the density at its nearer end.
            double near = Math.abs(za) < Math.abs(zb) ? za : zb;
            double width = Math.max(zb - za, Math.ulp(Math.abs(near)));
            result = logPdf(Double.isInfinite(near) ? (Double.isInfinite(za) ? zb : za) : near) + Math.log(width);
        }
        return result;
    }

    /** log(1 - exp(x)) for x <= 0, accurate near 0 and for very negative x. */
    public static double log1mExp(double x) {
        if (x > -0.6931471805599453) {
            return Math.log(-Math.expm1(x));
        }
        return Math.log1p(-Math.exp(x));
    }

    /**
     * The z with P(Z > z) = q, for 0 < q < 1. Abramowitz-Stegun 26.2.23 as a start, then Newton
     * steps on log Q, which converge in the far tail as well as near the centre.
     */
    public static double upperQuantile(double q) {
        if (q <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (q >= 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (q > 0.5) {
            return -upperQuantile(1 - q);
        }
        double t = Math.sqrt(-2 * Math.log(q));
        double z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        double logQ = Math.log(q);
        for (int i = 0; i < 4; i++) {
            double lq = logUpperTail(z);
            // d/dz log Q(z) = -phi(z)/Q(z)
            double slope = -Math.exp(logPdf(z) - lq);
            double step = (lq - logQ) / slope;
            z -= step;
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) {
                break;
            }
        }
        return z;
    }

    /**
     * Inverse-CDF sample of N(mu, sigma) truncated to [lo, hi], from a uniform u in [0, 1).
     * Works in the tail nearer the interval so that intervals far from mu stay exact.
     */
    public static double sampleTruncated(double u, double mu, double sigma, double lo, double hi) {
        double za = (lo - mu) / sigma;
        double zb = (hi - mu) / sigma;
        double z;
        if (za >= 0) {
            double qa = upperTail(za);
            double qb = upperTail(zb);
            z = qa > qb ? upperQuantile(qa - u * (qa - qb)) : za + u * (zb - za);
        } else if (zb <= 0) {
            double pa = cdf(za);
            double pb = cdf(zb);
            z = pb > pa ? -upperQuantile(pa + u * (pb - pa)) : za + u * (zb - za);
        } else {
            double pa = cdf(za);
            double pb = cdf(zb);
            z = -upperQuantile(pa + u * (pb - pa));
        }
        if (Double.isNaN(z) || Double.isInfinite(z)) {
            z = Double.isInfinite(za) || Double.isInfinite(zb) ? 0 : za + u * (zb - za);
        }
        double x = mu + sigma * z;
        return Math.max(lo, Math.min(hi, x));
    }
}
