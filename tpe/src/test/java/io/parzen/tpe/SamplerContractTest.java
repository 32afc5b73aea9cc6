package io.parzen.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.Condition;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every sampler promises: determinism and valid suggestions, on a space with every kind of parameter. */
class SamplerContractTest {

    static final SearchSpace SPACE = new SearchSpace(List.of(
            new Parameter("opt", new CategoricalDistribution(List.of("adam", "sgd", 3))),
            new Parameter("lr", NumericDistribution.loguniform(1e-5, 1e-1)),
            new Parameter("momentum", NumericDistribution.uniform(0.5, 0.99), new Condition("opt", List.of("sgd"))),
            new Parameter("beta", NumericDistribution.qloguniform(1, 1000, 5), new Condition("opt", List.of("adam", 3))),
            new Parameter("filters", NumericDistribution.quniform(3, 120, 1)),
            new Parameter("step", NumericDistribution.quniform(0, 1, 0.1)),
            new Parameter("depth", NumericDistribution.integer(2, 5)),
            new Parameter("noise", NumericDistribution.normal(0, 2)),
            new Parameter("qn", NumericDistribution.qnormal(10, 3, 2)),
            new Parameter("scale", NumericDistribution.lognormal(0, 1)),
            new Parameter("qscale", NumericDistribution.qlognormal(1, 1, 1))));

    static Stream<Arguments> samplers() {
        return Stream.of(
                Arguments.of("random", (Supplier<Sampler>) () -> new RandomSampler(7)),
                Arguments.of("tpe", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.defaults(7))),
                Arguments.of("tpe-no-liar", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.defaults(7).withConstantLiar(false))),
                Arguments.of("tpe-sqrt", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.defaults(7).withGammaRule(GammaRule.SQRT))),
                Arguments.of("tpe-bandwidth-weighted", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.defaults(7).withBandwidthWeighted(true))),
                Arguments.of("tpe-multivariate", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.defaults(7).withMultivariate(true))),
                Arguments.of("tpe-hyperopt", (Supplier<Sampler>) () -> new TpeSampler(TpeSettings.forFlavor(7, Flavor.HYPEROPT))));
    }

    /** A loss that depends on most parameters, so TPE has something to learn. */
    static double loss(Map<String, Object> c) {
        double lr = ((Number) c.get("lr")).doubleValue();
        double filters = ((Number) c.get("filters")).doubleValue();
        double noise = ((Number) c.get("noise")).doubleValue();
        double base = Math.pow(Math.log10(lr) + 3, 2) + Math.pow((filters - 57) / 30.0, 2) + 0.1 * noise * noise;
        return "sgd".equals(c.get("opt")) ? base + 0.5 : base;
    }

    /** Runs a study of n trials in batches of 3: asks 3, then tells them (one of each batch fails). */
    static List<Map<String, Object>> run(Sampler sampler, int n) {
        List<Observation> history = new ArrayList<>();
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (int start = 0; start < n; start += 3) {
            int end = Math.min(n, start + 3);
            for (int i = start; i < end; i++) {
                Map<String, Object> s = sampler.suggest(SPACE, List.copyOf(history), i);
                suggestions.add(s);
                history.add(Observation.pending(i, s));
            }
            for (int i = start; i < end; i++) {
                Map<String, Object> s = suggestions.get(i);
                history.set(i, i % 7 == 6 ? Observation.failed(i, s) : Observation.succeeded(i, s, loss(s)));
            }
        }
        return suggestions;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void sameInputsGiveTheSameSuggestions(String name, Supplier<Sampler> factory) {
        List<Map<String, Object>> first = run(factory.get(), 45);
        List<Map<String, Object>> second = run(factory.get(), 45);
        for (int i = 0; i < first.size(); i++) {
            assertTrue(Values.sameConfiguration(first.get(i), second.get(i)), name + " trial " + i + ": " + first.get(i)
                    + " vs " + second.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void everySuggestionIsValid(String name, Supplier<Sampler> factory) {
        Sampler sampler = factory.get();
        Flavor flavor = sampler instanceof TpeSampler tpe ? tpe.settings().flavor() : Flavor.PARZEN;
        for (Map<String, Object> s : run(sampler, 45)) {
            Set<String> active = SPACE.activeNames(s);
            assertEquals(active, s.keySet(), "exactly the active parameters, in " + s);
            for (Map.Entry<String, Object> e : s.entrySet()) {
                Parameter p = SPACE.get(e.getKey());
                if (p.distribution() instanceof CategoricalDistribution c) {
                    assertTrue(c.indexOf(e.getValue()) >= 0, e + " is not a choice");
                    continue;
                }
                NumericDistribution d = (NumericDistribution) p.distribution();
                double x = ((Number) e.getValue()).doubleValue();
                assertTrue(d.accepts(x, flavor.anchor()), name + ": " + e + " is outside the bounds or off the grid");
                if (d.integral(flavor.anchor())) {
                    assertInstanceOf(Long.class, e.getValue(), e + " should be an integer");
                } else {
                    assertInstanceOf(Double.class, e.getValue(), e + " should be a double");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void suggestionsDoNotDependOnTheOrderTheyAreAskedIn(String name, Supplier<Sampler> factory) {
        List<Map<String, Object>> study = run(factory.get(), 30);
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(Observation.succeeded(i, study.get(i), loss(study.get(i))));
        }
        Sampler fresh = factory.get();
        Map<String, Object> later = fresh.suggest(SPACE, history, 31);
        fresh.suggest(SPACE, history, 30);
        assertTrue(Values.sameConfiguration(later, factory.get().suggest(SPACE, history, 31)), name);
    }
}
