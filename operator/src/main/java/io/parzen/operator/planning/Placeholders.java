package io.parzen.operator.planning;

import io.parzen.operator.api.TrialTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a trial template: {@code ${param.NAME}}, {@code ${trial.name}} and
 * {@code ${study.name}}. Anything else of the form {@code ${...}} is an error, so that a typo
 * never reaches the trainer as literal text.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    /** Prefix of parameter placeholders. */
    public static final String PARAM = "param.";
    /** The trial's name. */
    public static final String TRIAL_NAME = "trial.name";
    /** The study's name. */
    public static final String STUDY_NAME = "study.name";

    private Placeholders() {}

    /** The placeholder keys in {@code text}, e.g. {@code param.lr}, in order of appearance. */
    public static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /**
     * The names of the parameters that a {@code ${param.NAME}} placeholder in the template's args
     * or env values hands to the trainer, sorted. The trainer also gets every parameter in
     * {@link TrialEnv#PARAMS} and warns about keys that match none of its options; it need not for
     * these ({@link TrialEnv#PLACEHOLDER_PARAMS}).
     */
    public static SortedSet<String> parameterNames(TrialTemplate template) {
        List<String> texts = new ArrayList<>();
        if (template.getArgs() != null) {
            texts.addAll(template.getArgs());
        }
        if (template.getEnv() != null) {
            template.getEnv().forEach(e -> texts.add(e.getValue()));
        }
        SortedSet<String> names = new TreeSet<>();
        for (String text : texts) {
            for (String key : keys(text)) {
                if (key.startsWith(PARAM)) {
                    names.add(key.substring(PARAM.length()));
                }
            }
        }
        return names;
    }

    /** The value of {@link TrialEnv#PLACEHOLDER_PARAMS}: {@link #parameterNames} joined by commas; empty when none. */
    public static Optional<String> placeholderParams(TrialTemplate template) {
        SortedSet<String> names = parameterNames(template);
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(",", names));
    }

    /**
     * Why a placeholder key cannot be filled, or null when it can.
     *
     * @param parameters the names of the study's parameters
     */
    public static String problem(String key, java.util.Set<String> parameters) {
        if (key.equals(TRIAL_NAME) || key.equals(STUDY_NAME)) {
            return null;
        }
        if (key.startsWith(PARAM)) {
            String name = key.substring(PARAM.length());
            return parameters.contains(name) ? null
                    : "names parameter '" + name + "', which is not in spec.parameters " + parameters;
        }
        return "is not a known placeholder; use ${param.NAME}, ${trial.name} or ${study.name}";
    }

    /**
     * Fills every placeholder. A parameter that is not active in this trial (a conditional one)
     * becomes the empty string.
     *
     * @param values keys as {@link #keys} returns them ({@code param.lr}, {@code trial.name}) to values
     */
    public static String fill(String text, Map<String, String> values) {
        if (text == null || text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The values for {@link #fill}: the trial's parameters, its name and its study's name. */
    public static Map<String, String> values(String study, String trial, Map<String, String> parameters) {
        Map<String, String> values = new java.util.HashMap<>();
        parameters.forEach((k, v) -> values.put(PARAM + k, v));
        values.put(TRIAL_NAME, trial);
        values.put(STUDY_NAME, study);
        return values;
    }
}
