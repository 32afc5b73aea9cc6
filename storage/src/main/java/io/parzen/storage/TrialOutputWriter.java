package io.parzen.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one trial's output in the layout {@link TrialOutput} reads: what a trainer (or a test
 * double standing in for one) calls.
 *
 * <p>S3 has no append, so each {@code append} rewrites the whole JSON Lines object from the lines
 * kept here; a reader therefore always sees complete lines. Write {@link #result} last. Not
 * thread-safe: one writer per trial.
 */
public final class TrialOutputWriter {
    private static final String JSON = "application/json";
    private static final String JSON_LINES = "application/x-ndjson";

    private final ObjectStore store;
    private final TrialPaths paths;
    private final List<MetricsLine> metrics = new ArrayList<>();
    private final List<HistogramLine> histograms = new ArrayList<>();

    /** Writes into the trial folder {@code paths} of {@code store}. */
    public TrialOutputWriter(ObjectStore store, TrialPaths paths) {
        this.store = store;
        this.paths = paths;
    }

    /** Writes {@code params.json}. */
    public void params(Map<String, String> params) throws IOException {
        store.put(paths.params(), Json.bytes(params), JSON);
    }

    /** Adds a metrics line and rewrites {@code metrics.jsonl}. */
    public void append(MetricsLine line) throws IOException {
        metrics.add(line);
        store.put(paths.metrics(), JsonLines.encode(metrics), JSON_LINES);
    }

    /** Adds one epoch's histogram lines and rewrites {@code histograms.jsonl}. */
    public void append(List<HistogramLine> lines) throws IOException {
        histograms.addAll(lines);
        store.put(paths.histograms(), JsonLines.encode(histograms), JSON_LINES);
    }

    /** Writes one mask image of an epoch. */
    public void mask(int epoch, String image, byte[] png) throws IOException {
        store.put(paths.mask(epoch, image), png, "image/png");
    }

    /** Uploads the final network. */
    public void model(Path modelZip) throws IOException {
        store.putFile(paths.model(), modelZip, "application/zip");
    }

    /** Writes {@code result.json}: the commit point, so call it last. */
    public void result(TrialResult result) throws IOException {
        store.put(paths.result(), Json.bytes(result), JSON);
    }
}
