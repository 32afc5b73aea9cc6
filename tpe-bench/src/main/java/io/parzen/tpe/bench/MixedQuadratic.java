package io.parzen.tpe.bench;

import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 10-D quadratic bowl over mixed axes, like a real training config: four linear axes, three
 * log-scale axes (learning-rate-like, loguniform 1e-5..1) and three integer axes (0..63). Minimum 0.
 */
public final class MixedQuadratic implements Objective {
    private static final double[] LINEAR_OPT = {1.3, -2.2, 0.4, 3.1};
    private static final double[] LOG_OPT = {1e-3, 3e-2, 2e-4};
    private static final int[] INT_OPT = {17, 40, 5};
    private static final SearchSpace SPACE = buildSpace();

    private static SearchSpace buildSpace() {
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < LINEAR_OPT.length; i++) {
            ps.add(new Parameter("u" + i, NumericDistribution.uniform(-5, 5)));
        }
        for (int i = 0; i < LOG_OPT.length; i++) {
            ps.add(new Parameter("lr" + i, NumericDistribution.loguniform(1e-5, 1)));
        }
        for (int i = 0; i < INT_OPT.length; i++) {
            ps.add(new Parameter("n" + i, NumericDistribution.integer(0, 63)));
        }
        return new SearchSpace(ps);
    }

    @Override
    public String name() {
        return "quadratic10";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double sum = 0;
        for (int i = 0; i < LINEAR_OPT.length; i++) {
            double d = (Objective.num(p, "u" + i) - LINEAR_OPT[i]) / 5;
            sum += d * d;
        }
        for (int i = 0; i < LOG_OPT.length; i++) {
            double d = (Math.log10(Objective.num(p, "lr" + i)) - Math.log10(LOG_OPT[i])) / 2.5;
            sum += d * d;
        }
        for (int i = 0; i < INT_OPT.length; i++) {
            double d = (Objective.num(p, "n" + i) - INT_OPT[i]) / 32;
            sum += d * d;
        }
        return sum;
    }

    @Override
    public double minimum() {
        return 0;
    }
}
