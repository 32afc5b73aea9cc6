package io.parzen.tpe.bench;

import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hartmann 6-D on [0, 1]^6; global minimum -3.32237. */
public final class Hartmann6 implements Objective {
    private static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] A = {
        {10, 3, 17, 3.5, 1.7, 8},
        {0.05, 10, 17, 0.1, 8, 14},
        {3, 3.5, 1.7, 10, 17, 8},
        {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] P = {
        {1312, 1696, 5569, 124, 8283, 5886},
        {2329, 4135, 8307, 3736, 1004, 9991},
        {2348, 1451, 3522, 2883, 3047, 6650},
        {4047, 8828, 8732, 5743, 1091, 381}};
    private static final SearchSpace SPACE = buildSpace();

    private static SearchSpace buildSpace() {
        List<Parameter> ps = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            ps.add(new Parameter("x" + j, NumericDistribution.uniform(0, 1)));
        }
        return new SearchSpace(ps);
    }

    @Override
    public String name() {
        return "hartmann6";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double inner = 0;
            for (int j = 0; j < 6; j++) {
                double d = Objective.num(p, "x" + j) - P[i][j] * 1e-4;
                inner += A[i][j] * d * d;
            }
            sum += ALPHA[i] * Math.exp(-inner);
        }
        return -sum;
    }

    @Override
    public double minimum() {
        return -3.32237;
    }
}
