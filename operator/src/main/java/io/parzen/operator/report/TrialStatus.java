package io.parzen.operator.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parzen.storage.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code studies/<study>/trials/<trial>/status.json}: a proposal (docs/report.md). The operator
 * (or the local runner) writes it for a trial that will never write {@code result.json} itself,
 * because it stopped the trial early or its pod died, so that the store alone tells the story:
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
