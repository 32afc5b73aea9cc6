package io.parzen.tpe.estimator;

/**
 * How a bounded estimator keeps its mass inside the bounds. PER_COMPONENT (parzen, Optuna):
 * every kernel is a normal truncated and normalised on its own. WHOLE_MIXTURE (hyperopt): the
 * untruncated mixture is normalised by its mass inside the bounds and sampled by rejection.
 */
public enum Truncation {
    PER_COMPONENT,
    WHOLE_MIXTURE
}
