package io.parzen.operator.local;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One-line descriptions of trials, shared by both displays. */
public final class TrialLines {
    private TrialLines() {}

    public static String params(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static String running(LocalTrial t, String metric) {
        String value = Double.isFinite(t.objective) ? String.format(Locale.ROOT, "%s %.4f", metric, t.objective) : "starting";
        return String.format(Locale.ROOT, "%-22s epoch %-3d %-22s %s", t.name, t.latestEpoch(), value, params(t.parameters));
    }

    static String finished(LocalTrial t, String metric) {
        String value = Double.isFinite(t.objective) ? String.format(Locale.ROOT, "%s %.4f", metric, t.objective) : "";
        String why = t.message == null ? "" : "  (" + t.message + ")";
        return String.format(Locale.ROOT, "%-22s %-12s %-22s %s%s", t.name, t.phase, value, params(t.parameters), why);
    }

    /** {@code [#########-----------]  9/20 done, 2 running} */
    static String bar(long done, long running, int max) {
        int width = 30;
        int filled = max == 0 ? width : (int) Math.min(width, done * width / max);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + max + " done, " + running + " running";
    }
}
