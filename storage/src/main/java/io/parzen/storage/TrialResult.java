package io.parzen.storage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * {@code result.json}, the last object a trainer writes: the commit point of a trial.
 * Examples:
 * <pre>{"status":"succeeded","metric":"valLoss","objective":0.31,"bestEpoch":7,"epochs":10,"seconds":412.5}
 * {"status":"failed","epochs":2,"seconds":30.0,"message":"loss diverged (NaN) at epoch 2"}</pre>
 *
 * @param status succeeded or failed
 * @param metric the objective's metric key (a key of the metrics lines); null when failed
 * @param objective the metric's value at {@code bestEpoch}; null when failed
 * @param bestEpoch the epoch whose value is reported; null when failed
 * @param epochs epochs completed
 * @param seconds wall-clock seconds of the whole run
 * @param message why it failed, or a note; may be null
 */
public record TrialResult(
        Status status,
        String metric,
        Double objective,
        Integer bestEpoch,
        int epochs,
        double seconds,
        String message) {

    /** How the trial ended, written in lower case. */
    public enum Status {
        /** The trainer finished and reports an objective. */
        SUCCEEDED,
        /** The trainer gave up; {@code message} says why. */
        FAILED;

        /** The JSON spelling. */
        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses the JSON spelling, case-insensitively. */
        @JsonCreator
        public static Status fromJson(String value) {
            for (Status s : values()) {
                if (s.json().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown trial status '" + value + "' (expected succeeded or failed)");
        }
    }

    /** A succeeded result must name its metric and carry the objective and best epoch. */
    public TrialResult {
        Objects.requireNonNull(status, "status");
        if (status == Status.SUCCEEDED && (metric == null || objective == null || bestEpoch == null)) {
            throw new IllegalArgumentException("a succeeded result needs metric, objective and bestEpoch");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs " + epochs + " is negative");
        }
    }

    /** A succeeded trial. */
    public static TrialResult succeeded(String metric, double objective, int bestEpoch, int epochs, double seconds) {
        return new TrialResult(Status.SUCCEEDED, metric, objective, bestEpoch, epochs, seconds, null);
    }

    /** A failed trial with the reason. */
    public static TrialResult failed(String message, int epochs, double seconds) {
        return new TrialResult(Status.FAILED, null, null, null, epochs, seconds, message);
    }

    /** Whether the trial succeeded. */
    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }
}
