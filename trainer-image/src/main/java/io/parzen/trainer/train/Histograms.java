package io.parzen.trainer.train;

import io.parzen.storage.HistogramLine;
import io.parzen.trainer.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-epoch histogram lines of every layer's trainable arrays (W, b, and batch norm's gamma and
 * beta), with the relative change since the previous report (the first report: since
 * initialisation). Keeps a copy of the last values. Not thread-safe.
 */
public final class Histograms {

    /** Parameter arrays reported. */
    public static final Set<String> PARAMS = Set.of("W", "b", "gamma", "beta");

    private final Map<String, float[]> previous = new HashMap<>();

    /** Remembers the initial values, so that the first epoch reports its change too. */
    public void start(ComputationGraph net) {
        snapshot(net).forEach(previous::put);
    }

    /** The lines of one epoch, in layer order. */
    public List<HistogramLine> report(int epoch, ComputationGraph net) {
        List<HistogramLine> lines = new ArrayList<>();
        for (Map.Entry<String, float[]> e : snapshot(net).entrySet()) {
            String key = e.getKey();
            int cut = key.lastIndexOf('_');
            float[] values = e.getValue();
            Distribution d = Distribution.of(values, Distribution.BUCKETS);
            float[] before = previous.put(key, values);
            Double change = before == null ? null : Distribution.relativeChange(before, values);
            lines.add(new HistogramLine(epoch, key.substring(0, cut), key.substring(cut + 1), d.edges(), d.counts(),
                    d.mean(), d.std(), d.skewness(), d.excessKurtosis(), d.normalDistance(), change));
        }
        return lines;
    }

    /** Copies of the reported arrays, by {@code <layer>_<param>}, in the network's order. */
    static Map<String, float[]> snapshot(ComputationGraph net) {
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            String key = e.getKey();
            int cut = key.lastIndexOf('_');
            if (cut > 0 && PARAMS.contains(key.substring(cut + 1))) {
                // paramTable() arrays are views into one flat vector: copy before reading (STACK.md).
                INDArray copy = e.getValue().dup('c');
                out.put(key, copy.reshape(copy.length()).toFloatVector());
            }
        }
        return out;
    }
}
