package io.parzen.operator.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parzen.storage.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code studies/<study>/trials/<trial>/status.json}. The Trial controller and the local runner
 * write it (through {@link TrialStatusFile}) for a trial that ends EarlyStopped or Failed, which
 * may never write {@code result.json} itself (stopped early, its pod died, its Job failed), so
 * that the store alone tells the story (docs/storage.md):
 * <pre>{"phase":"EarlyStopped","message":"stopped by median at epoch 3: ...","epoch":3}</pre>
 * {@code result.json}, when present, wins over it.
 *
 * @param phase the trial's phase
 * @param message why, for people; may be null
 * @param epoch the last epoch the trial reported; may be null
 */
public record TrialStatus(TrialPhase phase, String message, Integer epoch) {

    /** Requires a phase. */
    public TrialStatus {
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * The status.json of a trial that ended in {@code phase}: present for EarlyStopped and Failed
     * (the phases a result.json cannot show, or may not exist for); empty otherwise.
     *
     * @param message why, for people; may be null
     * @param epoch the last epoch the trial reported; null or below 1 when none
     */
    public static Optional<TrialStatus> ended(io.parzen.operator.api.TrialPhase phase, String message, Integer epoch) {
        TrialPhase stored = switch (phase) {
            case EarlyStopped -> TrialPhase.EARLY_STOPPED;
            case Failed -> TrialPhase.FAILED;
            default -> null;
        };
        return stored == null ? Optional.empty()
                : Optional.of(new TrialStatus(stored, message, epoch == null || epoch < 1 ? null : epoch));
    }

    /** Reads the JSON spelling of the phase ({@code "EarlyStopped"}, any case). */
    @JsonCreator
    static TrialStatus fromJson(@JsonProperty("phase") String phase, @JsonProperty("message") String message,
            @JsonProperty("epoch") Integer epoch) {
        if (phase == null) {
            throw new IllegalArgumentException("status.json has no phase");
        }
        return new TrialStatus(TrialPhase.parse(phase), message, epoch);
    }

    /** The JSON document, as {@link #fromJson} reads it. */
    public byte[] toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("phase", phase.display());
        if (message != null) {
            fields.put("message", message);
        }
        if (epoch != null) {
            fields.put("epoch", epoch);
        }
        return Json.bytes(fields);
    }
}
