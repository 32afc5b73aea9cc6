package io.parzen.tpe.space;

/** A parameter's distribution: numeric (with a prior in internal space) or categorical. */
public sealed interface Distribution permits NumericDistribution, CategoricalDistribution {

    DistributionKind kind();

    /** True when the parameter takes finitely many values (quantized and bounded, or categorical). */
    boolean finite();
}
