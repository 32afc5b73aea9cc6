package io.parzen.tpe;

import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.Grid;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.math.NormalMath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws a configuration from the priors: random search, and TPE's startup trials. */
final class PriorSampler {
    private PriorSampler() {}

    /** Draws every active parameter, parents before children. */
    static Map<String, Object> sample(SearchSpace space, SplittableRandom rng, GridAnchor anchor) {
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            // Draw for every parameter, active or not, so a parent's value never shifts the stream of later ones.
            double code = sampleCode(p, rng, anchor);
            if (p.activeIn(chosen)) {
                chosen.put(p.name(), Codes.decode(p, code, anchor));
            }
        }
        return chosen;
    }

    static double sampleCode(Parameter p, SplittableRandom rng, GridAnchor anchor) {
        if (p.distribution() instanceof CategoricalDistribution c) {
            return rng.nextInt(c.size());
        }
        return sampleNumeric((NumericDistribution) p.distribution(), rng, anchor);
    }

    private static double sampleNumeric(NumericDistribution d, SplittableRandom rng, GridAnchor anchor) {
        double u = rng.nextDouble();
        if (d.quantized() && d.bounded() && !d.log() && anchor == GridAnchor.LOW) {
            // Every grid point equally likely; rounding a uniform would give the end points half a share.
            Grid grid = d.grid(anchor);
            long k = grid.kMin() + (long) Math.floor(u * grid.size());
            return grid.value(Math.min(k, grid.kMax()));
        }
        double y;
        if (d.bounded()) {
            double lo = d.toInternal(d.low());
            double hi = d.toInternal(d.high());
            y = lo + u * (hi - lo);
        } else {
            y = d.mu() + d.sigma() * NormalMath.upperQuantile(1 - u);
        }
        double x = d.fromInternal(y);
        if (d.quantized()) {
            return d.grid(anchor).snap(x);
        }
        return d.bounded() ? Math.max(d.low(), Math.min(d.high(), x)) : x;
    }
}
