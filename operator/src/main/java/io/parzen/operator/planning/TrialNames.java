package io.parzen.operator.planning;

/** Names derived from a study: trials {@code <study>-<index, 4 digits>}, their Jobs the same. */
public final class TrialNames {
    private TrialNames() {}

    /** The name of trial {@code index} of {@code study}, e.g. {@code seg-0007}. */
    public static String trial(String study, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("trial index " + index + " is negative");
        }
        return String.format(java.util.Locale.ROOT, "%s-%04d", study, index);
    }
}
