package io.parzen.tpe.bench;

import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seed article's question in miniature: one filter count n ~ quniform(3, 120, 1) with a
 * smooth validation-loss curve (best near 57, a little ripple) plus training noise (sd 0.004,
 * about what reruns of one config differ by).
 */
public final class FilterCount implements Objective {
    static final double NOISE_SD = 0.004;
    private static final SearchSpace SPACE = SearchSpace.of(new Parameter("filters", NumericDistribution.quniform(3, 120, 1)));

    @Override
    public String name() {
        return "filters";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double n = Objective.num(p, "filters");
        double d = (n - 57) / 40;
        return 0.30 + 0.25 * d * d + 0.01 * (1 - Math.cos((n - 57) / 6.0));
    }

    @Override
    public double observe(Map<String, Object> p, SplittableRandom noise) {
        return trueValue(p) + NOISE_SD * io.parzen.tpe.math.NormalMath.upperQuantile(1 - noise.nextDouble());
    }

    @Override
    public double minimum() {
        return 0.30;
    }
}
