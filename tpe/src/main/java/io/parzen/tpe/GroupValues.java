package io.parzen.tpe;

import io.parzen.tpe.space.Parameter;
import java.util.Arrays;
import java.util.List;

/** Extracts the codes of one parameter from a group of observations, in trial order. */
final class GroupValues {
    private GroupValues() {}

    /** Codes of the observations in which the parameter was active with a usable value. */
    static double[] codes(Parameter p, List<Observation> group) {
        double[] out = new double[group.size()];
        int n = 0;
        for (Observation o : group) {
            Object value = o.params().get(p.name());
            if (value == null) {
                continue;
            }
            double code = Codes.encode(p, value);
            if (!Double.isNaN(code)) {
                out[n++] = code;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Codes of several parameters, out[d][i], from the observations in which every one of them
     * has a usable value (a group's estimator needs whole rows).
     */
    static double[][] jointCodes(List<Parameter> parameters, List<Observation> group) {
        int dims = parameters.size();
        double[][] out = new double[dims][group.size()];
        int n = 0;
        for (Observation o : group) {
            boolean whole = true;
            for (int d = 0; d < dims && whole; d++) {
                Object value = o.params().get(parameters.get(d).name());
                double code = value == null ? Double.NaN : Codes.encode(parameters.get(d), value);
                out[d][n] = code;
                whole = !Double.isNaN(code);
            }
            if (whole) {
                n++;
            }
        }
        for (int d = 0; d < dims; d++) {
            out[d] = Arrays.copyOf(out[d], n);
        }
        return out;
    }

    /** Whether every observation of the group has a usable value of the parameter. */
    static boolean presentInAll(Parameter p, List<Observation> group) {
        return codes(p, group).length == group.size();
    }

    static int[] indices(double[] codes) {
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = (int) codes[i];
        }
        return out;
    }
}
