package io.parzen.operator.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.cli.TrialVariables;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.S3Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment the operator gives trial pods (docs/design.md "Flow", point 3), and the local
 * runner its trial processes: the names (the trainer's side of them is {@link TrialVariables}, the
 * S3 ones {@link S3Settings}) and the {@code PARZEN_*} values ({@link #trialValues}).
 */
public final class TrialEnv {
    /** The Study's name. */
    public static final String STUDY = TrialVariables.STUDY;
    /** The Trial's name. */
    public static final String TRIAL = TrialVariables.TRIAL;
    /** The parameters as a JSON object of strings. */
    public static final String PARAMS = TrialVariables.PARAMS;
    /** The parameters placeholders already pass, see {@link TrialVariables#PLACEHOLDER_PARAMS}. */
    public static final String PLACEHOLDER_PARAMS = TrialVariables.PLACEHOLDER_PARAMS;
    /** {@code s3://bucket/studies/<study>/trials/<trial>/}. */
    public static final String OUTPUT = TrialVariables.OUTPUT;
    /** The S3 endpoint. */
    public static final String S3_ENDPOINT = S3Settings.ENDPOINT_VAR;
    /**
     * The S3 signing region, from {@code spec.storage.region}; set only when the Study has one (a
     * template may set it itself otherwise).
     */
    public static final String S3_REGION = S3Settings.REGION_VAR;
    /** Access key, from the credentials Secret's key of the same name. */
    public static final String ACCESS_KEY = S3Settings.ACCESS_KEY_VAR;
    /** Secret key, from the credentials Secret's key of the same name. */
    public static final String SECRET_KEY = S3Settings.SECRET_KEY_VAR;
    /**
     * OpenMP's thread count: the cluster sets it from the container's CPU limit unless the template
     * sets it; the local runner always sets it, to each trial's share of this machine's cores.
     */
    public static final String OMP_NUM_THREADS = TrialVariables.OMP_NUM_THREADS;
    /** Every name the operator sets; a template may not set them. */
    public static final Set<String> RESERVED =
            Set.of(STUDY, TRIAL, PARAMS, PLACEHOLDER_PARAMS, OUTPUT, S3_ENDPOINT, ACCESS_KEY, SECRET_KEY);

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrialEnv() {}

    /**
     * The {@code PARZEN_*} variables of one trial, in the order a Job lists them: {@link #STUDY},
     * {@link #TRIAL}, {@link #PARAMS}, {@link #PLACEHOLDER_PARAMS} when the template has any, and
     * {@link #OUTPUT} ({@link #output}). The Job builder and the local runner both take them from here;
     * the S3 variables and the template's own come from each.
     */
    public static Map<String, String> trialValues(TrialTemplate template, String storeRoot, String study, String trial,
            Map<String, String> params) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(STUDY, study);
        env.put(TRIAL, trial);
        try {
            env.put(PARAMS, JSON.writeValueAsString(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters do not serialize: " + e.getMessage(), e);
        }
        Placeholders.placeholderParams(template).ifPresent(names -> env.put(PLACEHOLDER_PARAMS, names));
        env.put(OUTPUT, output(storeRoot, study, trial));
        return env;
    }

    /** {@code <storeRoot>/studies/<study>/trials/<trial>/}, e.g. with {@code storeRoot} {@code s3://bucket}. */
    public static String output(String storeRoot, String study, String trial) {
        return storeRoot + "/" + ObjectLayout.trial(study, trial).prefix();
    }
}
