package io.parzen.trainer.train.output;

import io.parzen.storage.HistogramLine;
import io.parzen.trainer.stats.Distribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-epoch histogram lines of every layer's trainable arrays (W, b, and batch norm's gamma and
 * beta), with the change since the previous report (the first report: since initialisation): the
 * Wasserstein-1 distance between the two value distributions ({@link HistogramLine#change}) and the
 * relative L2 change of the array ({@link HistogramLine#relativeChange}).
 *
 * <p>Keeps two copies of the last values of every array, as they are and sorted (the distance is
 * exact, from all values): twice the network's parameters in floats on the heap, about 60 MB for
 * the baseline U-Net (base 32, depth 4). Sorting costs O(n log n) per array and epoch, roughly a
 * second per epoch for the baseline on one core. Not thread-safe.
 */
public final class Histograms {

    /** Parameter arrays reported. */
    public static final Set<String> PARAMS = Set.of("W", "b", "gamma", "beta");

    private final Map<String, float[]> previous = new HashMap<>();
    private final Map<String, float[]> previousSorted = new HashMap<>();

    /** Remembers the initial values, so that the first epoch reports its change too. */
    public void start(ComputationGraph net) {
        snapshot(net).forEach((key, values) -> remember(key, values, Distribution.sorted(values)));
    }

    /** The lines of one epoch, in layer order. */
    public List<HistogramLine> report(int epoch, ComputationGraph net) {
        return report(epoch, snapshot(net));
    }

    /** The lines of one epoch from the arrays by {@code <layer>_<param>}, which this keeps (not copied). */
    List<HistogramLine> report(int epoch, Map<String, float[]> arrays) {
        List<HistogramLine> lines = new ArrayList<>();
        for (Map.Entry<String, float[]> e : arrays.entrySet()) {
            String key = e.getKey();
            int cut = key.lastIndexOf('_');
            float[] values = e.getValue();
            float[] sorted = Distribution.sorted(values);
            Distribution d = Distribution.of(values, Distribution.BUCKETS);
            float[] before = previous.get(key);
            float[] beforeSorted = previousSorted.get(key);
            Double change = beforeSorted == null ? null : Distribution.wasserstein1Sorted(beforeSorted, sorted);
            Double relativeChange = before == null ? null : Distribution.relativeChange(before, values);
            remember(key, values, sorted);
            lines.add(new HistogramLine(epoch, key.substring(0, cut), key.substring(cut + 1), d.edges(), d.counts(),
                    d.mean(), d.std(), d.skewness(), d.excessKurtosis(), d.normalDistance(), change, relativeChange));
        }
        return lines;
    }

    private void remember(String key, float[] values, float[] sorted) {
        previous.put(key, values);
        previousSorted.put(key, sorted);
    }

    /** Copies of the reported arrays, by {@code <layer>_<param>}, in the network's order. */
    static Map<String, float[]> snapshot(ComputationGraph net) {
        Map<String, float[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, INDArray> e : net.paramTable().entrySet()) {
            String key = e.getKey();
            int cut = key.lastIndexOf('_');
            if (cut > 0 && PARAMS.contains(key.substring(cut + 1))) {
                // paramTable() arrays are views into one flat vector: copy before reading (docs/stack.md).
                INDArray copy = e.getValue().dup('c');
                out.put(key, copy.reshape(copy.length()).toFloatVector());
            }
        }
        return out;
    }
}
