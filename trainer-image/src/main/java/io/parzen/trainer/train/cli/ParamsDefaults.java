package io.parzen.trainer.train.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.cli.TrialVariables;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values from the environment the operator gives a trial pod (docs/design.md, "The trainer"): a flag given on
 * the command line wins, then the {@code PARZEN_PARAMS} JSON object (keys matched to option names
 * ignoring case, '-' and '_': {@code learningRate}, {@code learning_rate} and {@code learning-rate}
 * all mean {@code --learning-rate}), then {@code PARZEN_<OPTION>} variables ({@code PARZEN_OUTPUT},
 * {@code PARZEN_LEARNING_RATE}), then the option's default.
 */
public final class ParamsDefaults implements IDefaultValueProvider {

    /** The variable holding the trial's parameters as a JSON object. */
    public static final String PARAMS_VARIABLE = TrialVariables.PARAMS;
    /**
     * The variable naming (comma-separated) the parameters that the Study's trial template already
     * passes through {@code ${param.X}} placeholders; such keys are expected to match no option.
     */
    public static final String PLACEHOLDER_PARAMS_VARIABLE = TrialVariables.PLACEHOLDER_PARAMS;

    private final Map<String, String> env;
    private final Map<String, String> params;

    /**
     * @throws IllegalArgumentException when {@code PARZEN_PARAMS} is not a JSON object of scalars
     */
    public ParamsDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.params = parse(env.get(PARAMS_VARIABLE));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        String key = normalise(option.longestName());
        String value = params.get(key);
        if (value != null) {
            return value;
        }
        return env.get(TrialVariables.OPTION_PREFIX + option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** The {@code PARZEN_PARAMS} keys that match none of {@code optionNames}. */
    public Set<String> unknownParams(Iterable<String> optionNames) {
        Set<String> known = new TreeSet<>();
        optionNames.forEach(n -> known.add(normalise(n)));
        Set<String> unknown = new TreeSet<>();
        for (String key : params.keySet()) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    /** Lower case without leading dashes, '-' or '_'. */
    static String normalise(String name) {
        return name.replaceFirst("^-+", "").replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> parse(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(PARAMS_VARIABLE + " is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(PARAMS_VARIABLE + " must be a JSON object, got: " + json);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw new IllegalArgumentException(PARAMS_VARIABLE + " key '" + e.getKey()
                        + "' must be a string, number or boolean, got " + v);
            }
            out.put(normalise(e.getKey()), v.asText());
        }
        return out;
    }
}
