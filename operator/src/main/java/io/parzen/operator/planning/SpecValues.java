package io.parzen.operator.planning;

import com.fasterxml.jackson.databind.JsonNode;
import io.parzen.operator.api.Algorithm;
import io.parzen.operator.api.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the typed API blocks into the plain maps and lists the {@code tpe} module parses
 * ({@code SpaceParser}, {@code AlgorithmSpec}), leaving out unset fields.
 */
final class SpecValues {
    private SpecValues() {}

    static List<Map<String, Object>> parameters(List<ParameterSpec> parameters) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParameterSpec p : parameters) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", p.getName());
            put(m, "distribution", p.getDistribution());
            put(m, "low", p.getLow());
            put(m, "high", p.getHigh());
            put(m, "q", p.getQ());
            put(m, "mu", p.getMu());
            put(m, "sigma", p.getSigma());
            if (p.getChoices() != null) {
                m.put("choices", plain(p.getChoices()));
            }
            if (p.getWhen() != null) {
                Map<String, Object> when = new LinkedHashMap<>();
                put(when, "parameter", p.getWhen().getParameter());
                if (p.getWhen().getIn() != null) {
                    when.put("in", plain(p.getWhen().getIn()));
                }
                m.put("when", when);
            }
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> algorithm(Algorithm a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a != null) {
            put(m, "name", a.getName());
            put(m, "seed", a.getSeed());
            put(m, "startupTrials", a.getStartupTrials());
            put(m, "candidates", a.getCandidates());
            put(m, "gammaRule", a.getGammaRule());
            put(m, "priorWeight", a.getPriorWeight());
            put(m, "constantLiar", a.getConstantLiar());
            put(m, "multivariate", a.getMultivariate());
            put(m, "flavor", a.getFlavor());
            put(m, "bandwidthWeighted", a.getBandwidthWeighted());
            put(m, "bandwidths", a.getBandwidths());
            put(m, "categoricalKernel", a.getCategoricalKernel());
            put(m, "sharpen", a.getSharpen());
            put(m, "alternateEstimators", a.getAlternateEstimators());
        }
        return m;
    }

    /** JSON scalars as Java values: String, Long, Double, Boolean (null stays null). */
    static List<Object> plain(List<JsonNode> nodes) {
        List<Object> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            out.add(plain(n));
        }
        return out;
    }

    static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        return n.toString();
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
