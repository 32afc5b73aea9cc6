package io.parzen.trainer.train.output;

import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialResult;
import io.parzen.trainer.tensorboard.EventFile;
import io.parzen.trainer.tensorboard.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Everything a run leaves in its output location, in the layout of {@link TrialPaths}: params,
 * per-epoch metrics, histograms, masks and a TensorBoard event file (rewritten whole after each
 * epoch: object stores have no append), then the model and, last, the result.
 */
public final class TrialSink {

    /** One mask image of an epoch. */
    public record Mask(String name, byte[] png, int width, int height) {}

    private final ObjectStore store;
    private final TrialPaths paths = TrialPaths.root();
    private final TrialOutputWriter writer;
    private final EventFile events;

    /** Writes into {@code store}, whose root is the trial's folder. */
    public TrialSink(ObjectStore store, double startWallSeconds, String host) {
        this.store = store;
        this.writer = new TrialOutputWriter(store, paths);
        this.events = new EventFile(startWallSeconds, host);
    }

    /** {@code params.json}. */
    public void params(Map<String, String> params) throws IOException {
        writer.params(params);
    }

    /** One epoch's metrics, histograms and masks, and the TensorBoard file so far. */
    public void epoch(MetricsLine metrics, List<HistogramLine> histograms, List<Mask> masks) throws IOException {
        double now = System.currentTimeMillis() / 1000.0;
        int step = metrics.epoch();
        events.add(Events.scalar(now, step, MetricsLine.TRAIN_LOSS, (float) metrics.trainLoss()));
        events.add(Events.scalar(now, step, MetricsLine.VAL_LOSS, (float) metrics.valLoss()));
        metrics.extras().forEach((k, v) -> events.add(Events.scalar(now, step, k, v.floatValue())));
        for (HistogramLine h : histograms) {
            double[] edges = h.edges();
            long n = 0;
            for (long c : h.counts()) {
                n += c;
            }
            double sum = h.mean() * n;
            double sumSquares = (h.std() * h.std() + h.mean() * h.mean()) * n;
            events.add(Events.histogram(now, step, h.layer() + "/" + h.param(), edges, h.counts(), sum, sumSquares));
        }
        for (Mask m : masks) {
            writer.mask(step, m.name(), m.png());
            events.add(Events.image(now, step, "masks/" + m.name(), m.width(), m.height(), m.png()));
        }
        writer.append(metrics);
        writer.append(histograms);
        store.put(paths.tensorboardFile(events.name()), events.bytes(), "application/octet-stream");
    }

    /** Uploads the network as {@code model.zip} (with its updater state, so training can resume). */
    public void model(ComputationGraph net) throws IOException {
        Path tmp = Files.createTempFile("parzen-model", ".zip");
        try {
            ModelSerializer.writeModel(net, tmp.toFile(), true);
            writer.model(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code result.json}: the commit point, last. */
    public void result(TrialResult result) throws IOException {
        writer.result(result);
    }
}
