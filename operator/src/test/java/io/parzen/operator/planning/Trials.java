package io.parzen.operator.planning;

import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Trials from a compact text, for tables: space-separated tokens, one per trial at indices 0, 1, ...
 * A token is a phase letter (P pending, R running, S succeeded, F failed, E early-stopped,
 * X running with a stop already requested, C running with its Job already complete), optionally {@code :v1,v2,...} the objective at epochs
 * 1, 2, ... (the last one is the objective), optionally {@code /n} the epochs its trainer plans in all,
 * optionally {@code @i} an explicit index: {@code R:0.9,0.6/2@3}.
 */
final class Trials {
    private Trials() {}

    static List<TrialView> parse(String text) {
        List<TrialView> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int next = 0;
        for (String token : text.trim().split("\\s+")) {
            int index = next;
            int at = token.indexOf('@');
            if (at >= 0) {
                index = Integer.parseInt(token.substring(at + 1));
                token = token.substring(0, at);
            }
            next = index + 1;
            OptionalInt planned = OptionalInt.empty();
            int slash = token.indexOf('/');
            if (slash >= 0) {
                planned = OptionalInt.of(Integer.parseInt(token.substring(slash + 1)));
                token = token.substring(0, slash);
            }
            char c = token.charAt(0);
            TrialPhase phase = switch (c) {
                case 'P' -> TrialPhase.Pending;
                case 'R', 'X', 'C' -> TrialPhase.Running;
                case 'S' -> TrialPhase.Succeeded;
                case 'F' -> TrialPhase.Failed;
                case 'E' -> TrialPhase.EarlyStopped;
                default -> throw new IllegalArgumentException(token);
            };
            TreeMap<Integer, Double> curve = new TreeMap<>();
            double objective = Double.NaN;
            if (token.contains(":")) {
                String[] values = token.substring(token.indexOf(':') + 1).split(",");
                for (int e = 0; e < values.length; e++) {
                    curve.put(e + 1, Double.parseDouble(values[e]));
                    objective = Double.parseDouble(values[e]);
                }
            }
            out.add(new TrialView("s-" + index, index, phase, Map.of("x", "0.5"), objective, curve, c == 'X', c == 'C',
                    planned));
        }
        return out;
    }
}
