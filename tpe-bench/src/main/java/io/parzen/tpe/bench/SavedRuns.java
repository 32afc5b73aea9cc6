package io.parzen.tpe.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every run's incumbent curve, in the JSON that {@code tpe-bench/compare/optuna_compare.py} saves and
 * loads ({@code {"parzen|branin|1": [{"seed": 1000, "curve": [...], "failed": 0}, ...]}}), so that
 * in-process parzen runs and Optuna's runs can be reported side by side and pooled over seed sets.
 * The default sampler is keyed {@code parzen}, as the script names it; other samplers by their name.
 */
public class SavedRuns {
    /** Keeps nothing. */
    static final SavedRuns NONE = new SavedRuns() {
        @Override
        synchronized void add(SamplerVariant variant, Objective objective, int batch, long firstSeed, double[][] runs,
                              int[] failures) {}
    };

    private final Map<String, StringBuilder> cells = new LinkedHashMap<>();

    synchronized void add(SamplerVariant variant, Objective objective, int batch, long firstSeed, double[][] runs,
                          int[] failures) {
        String name = variant == SamplerVariant.TPE ? "parzen" : variant.name();
        StringBuilder cell = cells.computeIfAbsent(name + "|" + objective.name() + "|" + batch, k -> new StringBuilder());
        for (int s = 0; s < runs.length; s++) {
            cell.append(cell.isEmpty() ? "" : ", ").append("{\"seed\": ").append(firstSeed + s).append(", \"curve\": [");
            for (int i = 0; i < runs[s].length; i++) {
                cell.append(i == 0 ? "" : ", ").append(number(runs[s][i]));
            }
            cell.append("], \"failed\": ").append(failures[s]).append('}');
        }
    }

    /** Before its first success a run has no incumbent (+inf), written as Python's json module does. */
    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : String.format(Locale.ROOT, "%.17g", v);
    }

    public synchronized String json() {
        StringBuilder out = new StringBuilder("{");
        cells.forEach((key, runs) -> out.append(out.length() > 1 ? ",\n" : "\n").append('"').append(key)
                .append("\": [").append(runs).append(']'));
        return out.append("\n}\n").toString();
    }
}
