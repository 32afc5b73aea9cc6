package io.parzen.tpe;

import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Map;
import java.util.Set;

/**
 * The {@code algorithm} block of a Study or an ask/tell session, parsed from plain values:
 * {@code {name: tpe|random, seed, startupTrials, candidates, gammaRule, priorWeight, constantLiar,
 * multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen, alternateEstimators}}. Unknown fields are errors.
 */
public final class AlgorithmSpec {
    private static final Set<String> FIELDS = Set.of("name", "seed", "startupTrials", "candidates", "gammaRule",
            "priorWeight", "constantLiar", "multivariate", "flavor", "bandwidthWeighted", "bandwidths", "categoricalKernel", "sharpen",
            "alternateEstimators");

    private AlgorithmSpec() {}

    /** Builds the sampler an algorithm block describes; null or empty means TPE with defaults and seed 0. */
    public static Sampler sampler(Map<?, ?> algorithm) {
        return sampler(algorithm, 1);
    }

    /**
     * As {@link #sampler(Map)}, for a study that runs up to {@code parallelism} trials at once (the
     * Study's {@code spec.parallelism}); TPE adapts to it (docs/tpe.md).
     */
    public static Sampler sampler(Map<?, ?> algorithm, int parallelism) {
        Map<?, ?> spec = algorithm == null ? Map.of() : algorithm;
        for (Object key : spec.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new InvalidSpaceException("algorithm: field '" + key + "' is unknown; allowed: name, seed, startupTrials,"
                        + " candidates, gammaRule, priorWeight, constantLiar, multivariate, flavor, bandwidthWeighted, bandwidths, categoricalKernel, sharpen,"
                        + " alternateEstimators");
            }
        }
        String name = string(spec, "name", "tpe");
        long seed = (long) number(spec, "seed", 0);
        switch (name) {
            case "random":
                return new RandomSampler(seed);
            case "tpe":
                return new TpeSampler(settings(spec, seed).withParallelism(parallelism));
            default:
                throw new InvalidSpaceException("algorithm: field 'name' = '" + name + "' is not supported; allowed: tpe, random");
        }
    }

    static TpeSettings settings(Map<?, ?> spec, long seed) {
        Flavor flavor = Flavor.parse(string(spec, "flavor", "parzen"));
        TpeSettings s = TpeSettings.forFlavor(seed, flavor);
        int startup = (int) number(spec, "startupTrials", s.startupTrials());
        int candidates = (int) number(spec, "candidates", s.candidates());
        GammaRule rule = spec.get("gammaRule") == null ? s.gammaRule() : GammaRule.parse(string(spec, "gammaRule", ""));
        double priorWeight = number(spec, "priorWeight", s.priorWeight());
        boolean liar = bool(spec, "constantLiar", s.constantLiar());
        boolean multivariate = bool(spec, "multivariate", s.multivariate());
        boolean bandwidthWeighted = bool(spec, "bandwidthWeighted", s.bandwidthWeighted());
        BandwidthRule bandwidths = spec.get("bandwidths") == null ? s.bandwidths()
                : BandwidthRule.parse(string(spec, "bandwidths", ""));
        CategoricalKernel kernel = spec.get("categoricalKernel") == null ? s.categoricalKernel()
                : CategoricalKernel.parse(string(spec, "categoricalKernel", ""));
        boolean sharpen = bool(spec, "sharpen", s.sharpen());
        boolean alternate = bool(spec, "alternateEstimators", s.alternateEstimators());
        return new TpeSettings(seed, startup, candidates, rule, priorWeight, liar, multivariate, flavor, bandwidthWeighted,
                bandwidths, kernel, sharpen, alternate, 1);
    }

    private static String string(Map<?, ?> spec, String field, String fallback) {
        Object v = spec.get(field);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new InvalidSpaceException("algorithm: field '" + field + "' = " + v + " must be a string");
    }

    private static double number(Map<?, ?> spec, String field, double fallback) {
        Object v = spec.get(field);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            boolean integral = !"priorWeight".equals(field);
            if (integral && n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new InvalidSpaceException("algorithm: field '" + field + "' = " + v + " must be an integer");
            }
            return n.doubleValue();
        }
        throw new InvalidSpaceException("algorithm: field '" + field + "' = " + v + " must be a number");
    }

    private static boolean bool(Map<?, ?> spec, String field, boolean fallback) {
        Object v = spec.get(field);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new InvalidSpaceException("algorithm: field '" + field + "' = " + v + " must be true or false");
    }
}
