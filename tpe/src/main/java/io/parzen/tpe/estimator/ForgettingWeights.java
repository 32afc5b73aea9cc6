package io.parzen.tpe.estimator;

import java.util.Arrays;

/**
 * Observation weights in trial order: the newest 25 weigh 1, older ones ramp linearly from 1/n up
 * to 1 (both ends included), so that early exploration fades as the study moves on.
 */
public final class ForgettingWeights {
    public static final int FULL_WEIGHT_WINDOW = 25;

    private ForgettingWeights() {}

    public static double[] of(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        int ramp = n - FULL_WEIGHT_WINDOW;
        if (ramp <= 0) {
            return w;
        }
        double start = 1.0 / n;
        if (ramp == 1) {
            w[0] = start;
            return w;
        }
        for (int i = 0; i < ramp; i++) {
            w[i] = start + (1.0 - start) * i / (ramp - 1);
        }
        return w;
    }
}
