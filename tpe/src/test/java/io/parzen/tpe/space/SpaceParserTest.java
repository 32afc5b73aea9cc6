package io.parzen.tpe.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpaceParserTest {

    private static Map<String, Object> p(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void parsesEveryDistributionAndACondition() {
        SearchSpace space = SpaceParser.parse(List.of(
                p("name", "u", "distribution", "uniform", "low", 0, "high", 1),
                p("name", "qu", "distribution", "quniform", "low", 3, "high", 120, "q", 1),
                p("name", "lu", "distribution", "loguniform", "low", 1e-5, "high", 1e-1),
                p("name", "qlu", "distribution", "qloguniform", "low", 1, "high", 1024, "q", 1),
                p("name", "n", "distribution", "normal", "mu", 0, "sigma", 1),
                p("name", "qn", "distribution", "qnormal", "mu", 0, "sigma", 1, "q", 0.5),
                p("name", "ln", "distribution", "lognormal", "mu", 0, "sigma", 1),
                p("name", "qln", "distribution", "qlognormal", "mu", 2, "sigma", 1, "q", 1),
                p("name", "i", "distribution", "int", "low", 1, "high", 40),
                p("name", "opt", "distribution", "categorical", "choices", List.of("adam", "sgd")),
                p("name", "momentum", "distribution", "uniform", "low", 0.5, "high", 0.99,
                        "when", Map.of("parameter", "opt", "in", List.of("sgd")))));
        assertEquals(11, space.size());
        assertEquals(DistributionKind.QLOGNORMAL, space.get("qln").distribution().kind());
        assertInstanceOf(CategoricalDistribution.class, space.get("opt").distribution());
        assertTrue(space.get("momentum").activeIn(Map.of("opt", "sgd")));
        assertTrue(!space.get("momentum").activeIn(Map.of("opt", "adam")));
        assertEquals(1.0, ((NumericDistribution) space.get("i").distribution()).q());
    }

    static Stream<Arguments> invalidSpaces() {
        return Stream.of(
                Arguments.of(List.of(p("name", "lr", "distribution", "loguniform", "low", 0, "high", 1)),
                        "parameter 'lr': field 'low' = 0 must be > 0 for loguniform"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 2, "high", 1)),
                        "parameter 'x': field 'high' = 1 must be greater than low (2) for uniform"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 1, "high", 1)),
                        "parameter 'x': field 'high' = 1 must be greater than low (1)"),
                Arguments.of(List.of(p("name", "x", "distribution", "quniform", "low", 1, "high", 5, "q", 0)),
                        "parameter 'x': field 'q' = 0 must be > 0 for quniform"),
                Arguments.of(List.of(p("name", "x", "distribution", "normal", "mu", 0, "sigma", -1)),
                        "parameter 'x': field 'sigma' = -1 must be > 0 for normal"),
                Arguments.of(List.of(p("name", "x", "distribution", "int", "low", 1.5, "high", 5)),
                        "parameter 'x': field 'low' = 1.5 must be an integer for int"),
                Arguments.of(List.of(p("name", "x", "distribution", "categorical", "choices", List.of("a"))),
                        "parameter 'x': field 'choices' = [a] must hold at least two values"),
                Arguments.of(List.of(p("name", "x", "distribution", "categorical", "choices", List.of("a", "a"))),
                        "parameter 'x': field 'choices' holds a twice"),
                Arguments.of(List.of(p("name", "x", "distribution", "gaussian", "mu", 0, "sigma", 1)),
                        "parameter 'x': distribution 'gaussian' is not supported; allowed: uniform, quniform"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 0, "high", 1, "q", 1)),
                        "parameter 'x': field 'q' does not apply to uniform; it takes low, high"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 0, "hihg", 1)),
                        "parameter 'x': field 'hihg' is unknown"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 0)),
                        "parameter 'x': field 'high' is required"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", "zero", "high", 1)),
                        "parameter 'x': field 'low' = 'zero' must be a number"),
                Arguments.of(List.of(p("name", "x", "distribution", "uniform", "low", 0, "high", 1),
                                p("name", "x", "distribution", "uniform", "low", 0, "high", 1)),
                        "parameter 'x': field 'name' is used twice"),
                Arguments.of(List.of(p("name", "m", "distribution", "uniform", "low", 0, "high", 1,
                                "when", Map.of("parameter", "opt", "in", List.of("sgd")))),
                        "parameter 'm': field 'when.parameter' = 'opt' must name a categorical parameter declared before it"),
                Arguments.of(List.of(p("name", "u", "distribution", "uniform", "low", 0, "high", 1),
                                p("name", "m", "distribution", "uniform", "low", 0, "high", 1,
                                "when", Map.of("parameter", "u", "in", List.of(1)))),
                        "parameter 'm': field 'when.parameter' = 'u' is uniform; conditions need a categorical parent"),
                Arguments.of(List.of(p("name", "opt", "distribution", "categorical", "choices", List.of("adam", "sgd")),
                                p("name", "m", "distribution", "uniform", "low", 0, "high", 1,
                                "when", Map.of("parameter", "opt", "in", List.of("rmsprop")))),
                        "parameter 'm': field 'when.in' value rmsprop is not a choice of 'opt'; allowed: [adam, sgd]"),
                Arguments.of(List.of(p("name", "bad name", "distribution", "uniform", "low", 0, "high", 1)),
                        "parameter 'bad name': field 'name' must start with a letter"),
                Arguments.of(List.of(), "field 'parameters' is empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidSpaces")
    void rejectsInvalidSpacesWithAMessageNamingParameterFieldAndValue(List<?> parameters, String expected) {
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class, () -> SpaceParser.parse(parameters));
        assertTrue(e.getMessage().startsWith(expected), "message was: " + e.getMessage());
    }

    @Test
    void gridsSnapAndComputeInDecimal() {
        Grid g = NumericDistribution.quniform(0, 1, 0.1).grid(GridAnchor.LOW);
        assertEquals(0.3, g.snap(0.31), 0.0);
        assertEquals(1.0, g.snap(2.0), 0.0);
        assertEquals(11, g.size());
        assertTrue(g.contains(0.7));
        assertTrue(!g.contains(0.75));
        Grid anchoredAtLow = NumericDistribution.quniform(3, 120, 5).grid(GridAnchor.LOW);
        assertEquals(118.0, anchoredAtLow.snap(200), 0.0);
        Grid anchoredAtZero = NumericDistribution.quniform(3, 120, 5).grid(GridAnchor.ZERO);
        assertEquals(5.0, anchoredAtZero.snap(3), 0.0);
        assertEquals(120.0, anchoredAtZero.snap(200), 0.0);
    }
}
