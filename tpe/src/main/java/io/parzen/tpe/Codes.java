package io.parzen.tpe;

import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.Values;

/**
 * Inside the samplers a value is a double "code": the number itself for numeric parameters, the
 * choice's index for categorical ones. This converts between codes and the values users see.
 */
final class Codes {
    private Codes() {}

    /** The user-facing value: Long on integral grids, Double otherwise, the choice for categoricals. */
    static Object decode(Parameter p, double code, GridAnchor anchor) {
        if (p.distribution() instanceof CategoricalDistribution c) {
            return c.choices().get((int) code);
        }
        NumericDistribution d = (NumericDistribution) p.distribution();
        return d.integral(anchor) ? (Object) Math.round(code) : (Object) code;
    }

    /** The code of an observed value, or NaN when the value cannot belong to the parameter. */
    static double encode(Parameter p, Object value) {
        if (p.distribution() instanceof CategoricalDistribution c) {
            int index = c.indexOf(value);
            return index < 0 ? Double.NaN : index;
        }
        NumericDistribution d = (NumericDistribution) p.distribution();
        double x = Values.number(value);
        boolean usable = Double.isFinite(x) && (!d.log() || x > 0) && (!d.bounded() || (x >= d.low() && x <= d.high()));
        return usable ? x : Double.NaN;
    }
}
