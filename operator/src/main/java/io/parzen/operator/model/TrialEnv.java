package io.parzen.operator.model;

import io.parzen.storage.S3Settings;
import java.util.Set;

/** Names of the environment variables the operator gives trial pods (docs/design.md "Flow", point 3). */
public final class TrialEnv {
    /** The Study's name. */
    public static final String STUDY = "PARZEN_STUDY";
    /** The Trial's name. */
    public static final String TRIAL = "PARZEN_TRIAL";
    /** The parameters as a JSON object of strings. */
    public static final String PARAMS = "PARZEN_PARAMS";
    /**
     * The parameters the template's args or env values already pass through a
     * {@code ${param.NAME}} placeholder, comma-separated and sorted (the trainer does not warn that
     * their {@link #PARAMS} keys match none of its options); set only when there is one.
     */
    public static final String PLACEHOLDER_PARAMS = "PARZEN_PLACEHOLDER_PARAMS";
    /** {@code s3://bucket/studies/<study>/trials/<trial>/}. */
    public static final String OUTPUT = "PARZEN_OUTPUT";
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
    /** Every name the operator sets; a template may not set them. */
    public static final Set<String> RESERVED =
            Set.of(STUDY, TRIAL, PARAMS, PLACEHOLDER_PARAMS, OUTPUT, S3_ENDPOINT, ACCESS_KEY, SECRET_KEY);

    private TrialEnv() {}
}
