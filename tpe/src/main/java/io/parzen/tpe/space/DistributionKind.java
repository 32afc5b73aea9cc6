package io.parzen.tpe.space;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The distributions a parameter can have, with the names used in JSON and YAML. */
public enum DistributionKind {
    UNIFORM(false, false, true),
    QUNIFORM(false, true, true),
    LOGUNIFORM(true, false, true),
    QLOGUNIFORM(true, true, true),
    NORMAL(false, false, false),
    QNORMAL(false, true, false),
    LOGNORMAL(true, false, false),
    QLOGNORMAL(true, true, false),
    INT(false, true, true),
    CATEGORICAL(false, false, true);

    private final boolean log;
    private final boolean quantized;
    private final boolean bounded;

    DistributionKind(boolean log, boolean quantized, boolean bounded) {
        this.log = log;
        this.quantized = quantized;
        this.bounded = bounded;
    }

    /** Kernels live in natural-log space. */
    public boolean log() {
        return log;
    }

    /** Values lie on a q grid. */
    public boolean quantized() {
        return quantized;
    }

    /** Has low and high bounds (the uniform family, int and categorical). */
    public boolean bounded() {
        return bounded;
    }

    /** The name used in specs: {@code uniform}, {@code qloguniform}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; the message lists what is allowed. */
    public static DistributionKind parse(String name, String parameter) {
        for (DistributionKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new InvalidSpaceException("parameter '" + parameter + "': distribution '" + name
                + "' is not supported; allowed: " + allowed());
    }

    static String allowed() {
        return Arrays.stream(values()).map(DistributionKind::wireName).collect(Collectors.joining(", "));
    }
}
