package io.parzen.trainer.stats;

/** The standard normal distribution function. */
public final class Normal {

    private Normal() {}

    /** Phi(z), from erfc with absolute error below 1.2e-7 (Numerical Recipes' erfcc). */
    public static double cdf(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
