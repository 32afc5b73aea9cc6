package io.parzen.tpe.bench;

import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.Condition;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.List;
import java.util.Map;

/**
 * A conditional space shaped like an optimizer choice: each branch has its own learning rate and
 * one branch-specific knob, with different optima. adam's branch holds the global minimum 0;
 * sgd's best is 0.15 and rmsprop's 0.3.
 */
public final class ConditionalOptimizer implements Objective {
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new Parameter("optimizer", new CategoricalDistribution(List.of("sgd", "adam", "rmsprop"))),
            new Parameter("sgd_lr", NumericDistribution.loguniform(1e-4, 1), new Condition("optimizer", List.of("sgd"))),
            new Parameter("momentum", NumericDistribution.uniform(0, 0.99), new Condition("optimizer", List.of("sgd"))),
            new Parameter("adam_lr", NumericDistribution.loguniform(1e-5, 1e-1), new Condition("optimizer", List.of("adam"))),
            new Parameter("beta1", NumericDistribution.uniform(0.5, 0.999), new Condition("optimizer", List.of("adam"))),
            new Parameter("rms_lr", NumericDistribution.loguniform(1e-5, 1e-1), new Condition("optimizer", List.of("rmsprop"))),
            new Parameter("rho", NumericDistribution.uniform(0.5, 0.999), new Condition("optimizer", List.of("rmsprop"))),
            new Parameter("batch", NumericDistribution.qloguniform(8, 256, 8))));

    @Override
    public String name() {
        return "conditional";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double batch = Math.log(Objective.num(p, "batch") / 64) / Math.log(2) / 5;
        double common = batch * batch;
        return common + switch ((String) p.get("optimizer")) {
            case "sgd" -> 0.15 + sq((Math.log10(Objective.num(p, "sgd_lr")) + 1.5) / 2) + sq((Objective.num(p, "momentum") - 0.9) * 2);
            case "adam" -> sq((Math.log10(Objective.num(p, "adam_lr")) + 3.3) / 2) + sq((Objective.num(p, "beta1") - 0.9) * 2);
            default -> 0.3 + sq((Math.log10(Objective.num(p, "rms_lr")) + 3) / 2) + sq((Objective.num(p, "rho") - 0.95) * 2);
        };
    }

    private static double sq(double x) {
        return x * x;
    }

    @Override
    public double minimum() {
        return 0;
    }
}
