package io.parzen.tpe.estimator;

import io.parzen.tpe.space.InvalidSpaceException;
import java.util.Locale;

/**
 * How much of a multivariate component's categorical kernel is spread over the other choices
 * ({@link CategoricalKernels}). {@code SHRINKING} (parzen's default, as Optuna 5): priorWeight /
 * (n + 1) on every choice before normalising, so kernels sharpen as observations accumulate;
 * {@code FIXED} (Optuna before 5): priorWeight / K on every choice, whatever n.
 */
public enum CategoricalKernel {
    SHRINKING,
    FIXED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CategoricalKernel parse(String name) {
        for (CategoricalKernel kernel : values()) {
            if (kernel.wireName().equals(name)) {
                return kernel;
            }
        }
        throw new InvalidSpaceException("algorithm: field 'categoricalKernel' = '" + name
                + "' is not supported; allowed: shrinking, fixed");
    }
}
