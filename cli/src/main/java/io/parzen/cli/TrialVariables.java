package io.parzen.cli;

/**
 * The names of the variables a trial's trainer gets from whoever runs it (the operator's Job, the
 * local runner) and reads ({@code parzen train}): one list for both sides of the contract, beside
 * the trainer's option contract ({@link TrainOptionContract}). The S3 variables are storage's
 * ({@code S3Settings}).
 */
public final class TrialVariables {
    /** The Study's name. */
    public static final String STUDY = "PARZEN_STUDY";
    /** The Trial's name. */
    public static final String TRIAL = "PARZEN_TRIAL";
    /** The parameters as a JSON object of strings; the trainer reads its keys as options. */
    public static final String PARAMS = "PARZEN_PARAMS";
    /**
     * The parameters the template's args or env values already pass through a
     * {@code ${param.NAME}} placeholder, comma-separated and sorted (the trainer does not warn that
     * their {@link #PARAMS} keys match none of its options); set only when there is one.
     */
    public static final String PLACEHOLDER_PARAMS = "PARZEN_PLACEHOLDER_PARAMS";
    /** Where the trial writes: {@code s3://bucket/studies/<study>/trials/<trial>/}. */
    public static final String OUTPUT = "PARZEN_OUTPUT";
    /**
     * OpenMP's thread count, which libnd4j reads at start-up: the operator sets it from the trial
     * container's CPU limit, the local runner from each trial's share of the cores; the trainer warns
     * when it is missing and ND4J would count more cores than the process may use.
     */
    public static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";
    /** {@code PARZEN_<OPTION>} (e.g. {@code PARZEN_LEARNING_RATE}) gives any trainer option a value. */
    public static final String OPTION_PREFIX = "PARZEN_";

    private TrialVariables() {}
}
