package io.parzen.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one trial's output as the operator and the report see it.
 *
 * <p>{@code result.json} is the commit point: {@link #result()} is empty until the trainer has
 * written it, whatever else is there. The JSON Lines files may be read while the trainer is
 * still writing them.
 */
public final class TrialOutput {
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {};

    private final ObjectStore store;
    private final TrialPaths paths;

    /** Reads the trial folder {@code paths} in {@code store}. */
    public TrialOutput(ObjectStore store, TrialPaths paths) {
        this.store = store;
        this.paths = paths;
    }

    /** The result, or empty when the trial has not (yet) written one. */
    public Optional<TrialResult> result() throws IOException {
        Optional<byte[]> data = read(paths.result());
        return data.isEmpty()
                ? Optional.empty()
                : Optional.of(Json.read(data.get(), TrialResult.class, where(paths.result())));
    }

    /** The metrics lines so far, oldest first; empty when there are none yet. */
    public List<MetricsLine> metrics() throws IOException {
        Optional<byte[]> data = read(paths.metrics());
        return data.isEmpty() ? List.of() : JsonLines.decode(data.get(), MetricsLine.class, where(paths.metrics()));
    }

    /** The latest epoch reported in the metrics, or empty before the first. */
    public OptionalInt latestEpoch() throws IOException {
        return metrics().stream().mapToInt(MetricsLine::epoch).max();
    }

    /** The histogram lines so far; empty when there are none. */
    public List<HistogramLine> histograms() throws IOException {
        Optional<byte[]> data = read(paths.histograms());
        return data.isEmpty()
                ? List.of()
                : JsonLines.decode(data.get(), HistogramLine.class, where(paths.histograms()));
    }

    /** The parameters as the trainer received them, values as strings; empty when not written. */
    public Map<String, String> params() throws IOException {
        Optional<byte[]> data = read(paths.params());
        if (data.isEmpty()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(data.get(), PARAMS);
        } catch (JsonProcessingException e) {
            throw new IOException("bad JSON in " + where(paths.params()) + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Keys of the mask images of one epoch, sorted. */
    public List<String> masks(int epoch) throws IOException {
        return store.list(paths.masksPrefix(epoch));
    }

    private Optional<byte[]> read(String key) throws IOException {
        try {
            return Optional.of(store.get(key));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    private String where(String key) {
        return key + " in " + store.describe();
    }
}
