package io.parzen.trainer.nn;

/**
 * Reductions over one {@code H*W} plane held in a Java array. Eight float accumulators per loop: eight
 * independent chains the CPU can overlap (a single accumulator serialises on the add's latency); each
 * plane's total is carried on in double by the caller.
 */
final class PlaneLoops {

    private PlaneLoops() {}

    /** Sum of {@code v[i]}. */
    static double sum(float[] v) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (; i + 8 <= v.length; i += 8) {
            s0 += v[i];
            s1 += v[i + 1];
            s2 += v[i + 2];
            s3 += v[i + 3];
            s4 += v[i + 4];
            s5 += v[i + 5];
            s6 += v[i + 6];
            s7 += v[i + 7];
        }
        double total = (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (; i < v.length; i++) {
            total += v[i];
        }
        return total;
    }

    /** Sum of {@code d[i] * (x[i] - m)}, */
    static double centredDot(float[] d, float[] x, float m) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (; i + 8 <= d.length; i += 8) {
            s0 += d[i] * (x[i] - m);
            s1 += d[i + 1] * (x[i + 1] - m);
            s2 += d[i + 2] * (x[i + 2] - m);
            s3 += d[i + 3] * (x[i + 3] - m);
            s4 += d[i + 4] * (x[i + 4] - m);
            s5 += d[i + 5] * (x[i + 5] - m);
            s6 += d[i + 6] * (x[i + 6] - m);
            s7 += d[i + 7] * (x[i + 7] - m);
        }
        double total = (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (; i < d.length; i++) {
            total += d[i] * (x[i] - m);
        }
        return total;
    }

    /** Sum of {@code (x[i] - m)^2}, eight accumulators. */
    static double centredSquares(float[] x, float m) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (; i + 8 <= x.length; i += 8) {
            float d0 = x[i] - m, d1 = x[i + 1] - m, d2 = x[i + 2] - m, d3 = x[i + 3] - m;
            float d4 = x[i + 4] - m, d5 = x[i + 5] - m, d6 = x[i + 6] - m, d7 = x[i + 7] - m;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
            s4 += d4 * d4;
            s5 += d5 * d5;
            s6 += d6 * d6;
            s7 += d7 * d7;
        }
        double total = (double) s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
        for (; i < x.length; i++) {
            double d = x[i] - m;
            total += d * d;
        }
        return total;
    }
}
