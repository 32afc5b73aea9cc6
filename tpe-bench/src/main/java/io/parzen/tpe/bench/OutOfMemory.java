package io.parzen.tpe.bench;

import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.Map;

/**
 * A bigger model trains better until it no longer fits on the GPU: filters x batch above 2,048
 * crashes the trial. The loss keeps falling towards the crash region, so an optimizer that
 * ignores failed trials keeps proposing configurations that crash. Minimum 0.1 at filters 64,
 * batch 32 (2,048: right at the edge).
 */
public final class OutOfMemory implements Objective {
    static final int MEMORY = 2048;
    private static final SearchSpace SPACE = SearchSpace.of(
            new Parameter("filters", NumericDistribution.integer(8, 128)),
            new Parameter("batch", NumericDistribution.integer(1, 64)));

    @Override
    public String name() {
        return "oom";
    }

    @Override
    public SearchSpace space() {
        return SPACE;
    }

    @Override
    public double trueValue(Map<String, Object> p) {
        double filters = Objective.num(p, "filters");
        double batch = Objective.num(p, "batch");
        // Falls with model size (log filters) and batch; a mild penalty off the filters sweet spot.
        double size = Math.log(filters * batch) / Math.log(MEMORY);
        double shape = Math.log(filters / 64.0);
        return 0.1 + 2.0 * (1 - size) * (1 - size) + 0.05 * shape * shape + (size > 1 ? 10 : 0);
    }

    @Override
    public boolean fails(Map<String, Object> p) {
        return Objective.num(p, "filters") * Objective.num(p, "batch") > MEMORY;
    }

    @Override
    public double minimum() {
        return 0.1;
    }
}
