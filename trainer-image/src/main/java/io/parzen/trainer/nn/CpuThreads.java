package io.parzen.trainer.nn;

import io.parzen.cli.TrialVariables;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Warns when libnd4j would use more OpenMP threads than the CPUs this process may use. ND4J counts the
 * machine's physical cores ({@code Loader.totalCores()}) when {@code OMP_NUM_THREADS} is not set, not
 * the container's CPU quota, so a trainer limited to 4 CPUs on a 64-core node would start a thread per
 * node core, all spinning at OpenMP barriers inside a 4-CPU quota. The count cannot be lowered once
 * ND4J has started (libnd4j ignores {@code setMaxThreads}), so this can only tell the user. The operator
 * and {@code parzen local} set {@code OMP_NUM_THREADS} for every trial; this is for other launchers
 * ({@code docker run --cpus}, a hand-written Job).
 */
public final class CpuThreads {

    /** The variable's name, as the trial contract spells it. */
    public static final String OMP_NUM_THREADS = TrialVariables.OMP_NUM_THREADS;

    private CpuThreads() {}

    /** The warning for these facts, if one is due. */
    static Optional<String> warning(String ompNumThreads, int availableProcessors, int nd4jThreads) {
        if (ompNumThreads != null && !ompNumThreads.isBlank()) {
            return Optional.empty();
        }
        if (availableProcessors >= 1 && nd4jThreads > availableProcessors) {
            return Optional.of(OMP_NUM_THREADS + " is not set, so ND4J uses " + nd4jThreads
                    + " threads (the machine's cores) while this process may use " + availableProcessors
                    + " CPUs; steps can be many times slower. Set " + OMP_NUM_THREADS + "=" + availableProcessors + ".");
        }
        return Optional.empty();
    }

    /** {@link #warning} for this process ({@code ompNumThreads}: the environment's value, or null). */
    public static Optional<String> warning(String ompNumThreads) {
        return warning(ompNumThreads, Runtime.getRuntime().availableProcessors(), Nd4j.getEnvironment().maxThreads());
    }
}
