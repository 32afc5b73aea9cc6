package io.parzen.operator.store;

import java.util.Locale;

/**
 * A trial's phase as the store shows it, spelled like the Trial resource's {@code status.phase}.
 *
 * <p>From the store alone a trial without {@code result.json} cannot be told apart from a trial
 * whose pod died: it reads as {@link #RUNNING} unless an optional {@code status.json} says more.
 *
 * <p>Why not the Trial resource's {@link io.parzen.operator.api.TrialPhase}: the store sees other
 * states. It has no Pending (nothing is written before the trainer runs), it has {@link #UNKNOWN}
 * for files it cannot read, and it parses leniently what {@code status.json} and the commands'
 * filters say. The four phases both know are spelled the same ({@code TrialPhaseSpellingTest}).
 */
public enum TrialPhase {
    /** {@code result.json} says succeeded. */
    SUCCEEDED("Succeeded"),
    /** {@code result.json} (or {@code status.json}) says failed. */
    FAILED("Failed"),
    /** {@code status.json} says the operator stopped it early (median or asha rule). */
    EARLY_STOPPED("EarlyStopped"),
    /** No result yet (and no status saying otherwise). */
    RUNNING("Running"),
    /** Its files cannot be read (corrupt result or status). */
    UNKNOWN("Unknown");

    private final String display;

    TrialPhase(String display) {
        this.display = display;
    }

    /** The CamelCase spelling shown in tables and written in {@code status.json}. */
    public String display() {
        return display;
    }

    /** Parses the display spelling, case-insensitively and ignoring '-', '_' and spaces. */
    public static TrialPhase parse(String text) {
        String wanted = normalise(text);
        for (TrialPhase phase : values()) {
            if (normalise(phase.display).equals(wanted)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("unknown trial phase '" + text
                + "' (expected Succeeded, Failed, EarlyStopped, Running or Unknown)");
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return display;
    }
}
