package io.parzen.operator.local;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code trial.json}: what the local runner decided for a trial before starting it (its index and
 * the study parameters as strings), so that an interrupted study resumes with the same trials.
 */
public record TrialSpecFile(int index, Map<String, String> parameters) {
    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonCreator
    public TrialSpecFile(@JsonProperty("index") int index, @JsonProperty("parameters") Map<String, String> parameters) {
        this.index = index;
        this.parameters = parameters == null ? Map.of() : new LinkedHashMap<>(parameters);
    }

    public byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(this);
    }

    public static TrialSpecFile parse(byte[] json, String where) throws IOException {
        try {
            return JSON.readValue(json, TrialSpecFile.class);
        } catch (IOException e) {
            throw new IOException(where + " is not a trial spec: " + e.getMessage(), e);
        }
    }
}
