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
