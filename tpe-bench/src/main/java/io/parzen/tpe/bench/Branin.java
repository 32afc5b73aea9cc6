package io.parzen.tpe.bench;

import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.Map;

/** Branin-Hoo on [-5, 10] x [0, 15]; three global minima of 0.397887. */
public final class Branin implements Objective {
    private static final SearchSpace SPACE = SearchSpace.of(
            new Parameter("x1", NumericDistribution.uniform(-5, 10)),
            new Parameter("x2", NumericDistribution.uniform(0, 15)));

    @Override
    public String name() {
        return "branin";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double x1 = Objective.num(p, "x1");
        double x2 = Objective.num(p, "x2");
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        double a = x2 - b * x1 * x1 + c * x1 - 6;
        return a * a + 10 * (1 - t) * Math.cos(x1) + 10;
    }

    @Override
    public double minimum() {
        return 0.397887;
    }
}
