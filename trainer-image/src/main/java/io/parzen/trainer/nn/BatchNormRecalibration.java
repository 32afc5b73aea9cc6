package io.parzen.trainer.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sets every batch-norm layer's inference statistics to the average, over a fixed set of training
 * batches, of the batch statistics that the current weights produce ("precise batch norm").
 *
 * <p>Why: during training each layer keeps an exponential moving average of its batch statistics
 * (decay 0.9, so about the last ten batches count). With small batches of small crops those
 * statistics differ a lot from batch to batch (a crop of empty ground against one full of roofs),
 * so the running average at the end of an epoch is a noisy estimate that also lags the weights; the
 * network validated with it swings from epoch to epoch although its weights barely moved. Averaging
 * many batches with the final weights removes both the noise and the lag. As PyTorch's
 * {@code swa_utils.update_bn} and fvcore's precise BN do, the mean is the average of the batch means
 * and the variance the average of the batch variances (what a training batch is normalised with).
 *
 * <p>One training-mode forward pass per batch serves every layer: a layer's input in training mode
 * depends only on the layers before it, which normalise with their own batch statistics. With
 * {@link FastBatchNormHelper} installed the statistics are those the helper computed for the pass;
 * otherwise every layer's input is copied out and measured here (several times slower on large tiles).
 */
public final class BatchNormRecalibration {

    private BatchNormRecalibration() {}

    /** Recomputes the statistics from {@code batches} (NCHW images); returns the number of layers set. */
    public static int apply(ComputationGraph net, Iterable<INDArray> batches) {
        Map<String, String> inputs = batchNormInputs(net);
        Map<String, double[]> means = new LinkedHashMap<>();
        Map<String, double[]> vars = new LinkedHashMap<>();
        int count = 0;
        Map<String, FastBatchNormHelper> helpers = fastHelpers(net, inputs.keySet());
        for (INDArray images : batches) {
            if (helpers != null) {
                // one training-mode pass; each layer's helper keeps the batch statistics it normalised with
                net.output(true, images);
                helpers.forEach((layer, h) -> {
                    float[] mean = h.getMeanCache(null).toFloatVector();
                    add(means.computeIfAbsent(layer, k -> new double[mean.length]), mean);
                    float[] var = h.getVarCache(null).toFloatVector();
                    add(vars.computeIfAbsent(layer, k -> new double[var.length]), var);
                });
            } else {
                // without parzen's helper: every layer's input, copied out, and its statistics computed here
                Map<String, INDArray> activations = net.feedForward(images, true);
                for (Map.Entry<String, String> e : inputs.entrySet()) {
                    BatchNormStatistics stats = statistics(activations.get(e.getValue()));
                    add(means.computeIfAbsent(e.getKey(), k -> new double[stats.mean.length]), stats.mean);
                    add(vars.computeIfAbsent(e.getKey(), k -> new double[stats.var.length]), stats.var);
                }
            }
            count++;
        }
        if (count == 0) {
            return 0;
        }
        for (String layer : inputs.keySet()) {
            set(net, layer, scaled(means.get(layer), count), scaled(vars.get(layer), count));
        }
        net.clearLayersStates(); // drop the activations the training-mode passes left behind
        return inputs.size();
    }

    /** Each layer's {@link FastBatchNormHelper}, in the given order; null when one has another helper or none. */
    private static Map<String, FastBatchNormHelper> fastHelpers(ComputationGraph net, Iterable<String> layers) {
        Map<String, FastBatchNormHelper> out = new LinkedHashMap<>();
        for (String layer : layers) {
            if (!(net.getLayer(layer) instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization bn
                    && bn.getHelper() instanceof FastBatchNormHelper h)) {
                return null;
            }
            out.put(layer, h);
        }
        return out;
    }

    /** Batch-norm layer name -> the name of the vertex feeding it, in topological order. */
    static Map<String, String> batchNormInputs(ComputationGraph net) {
        Map<String, String> out = new LinkedHashMap<>();
        var vertexInputs = net.getConfiguration().getVertexInputs();
        for (int i : net.topologicalSortOrder()) {
            GraphVertex v = net.getVertices()[i];
            if (v.hasLayer() && v.getLayer().conf().getLayer() instanceof BatchNormalization) {
                List<String> in = vertexInputs.get(v.getVertexName());
                out.put(v.getVertexName(), in.get(0));
            }
        }
        return out;
    }

    private static BatchNormStatistics statistics(INDArray x) {
        INDArray plain = FastBatchNormHelper.plainFrom0(x) ? x : x.castTo(DataType.FLOAT).dup('c');
        BatchNormStatistics stats = new BatchNormStatistics(plain.data().asNioFloat(), NchwShape.of(plain.shape()));
        ChannelSplit.SHARED.run(stats);
        return stats;
    }

    private static void add(double[] sum, float[] values) {
        for (int c = 0; c < sum.length; c++) {
            sum[c] += values[c];
        }
    }

    private static float[] scaled(double[] sum, int count) {
        float[] out = new float[sum.length];
        for (int c = 0; c < sum.length; c++) {
            out[c] = (float) (sum[c] / count);
        }
        return out;
    }

    /**
     * Writes the statistics in the form the layer stores them: the variance, or log10 of the standard
     * deviation without epsilon (the layer adds epsilon itself; a test checks inference then matches training mode).
     */
    private static void set(ComputationGraph net, String layer, float[] mean, float[] var) {
        var l = net.getLayer(layer);
        BatchNormalization conf = (BatchNormalization) l.conf().getLayer();
        INDArray meanParam = l.getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN);
        meanParam.assign(Nd4j.createFromArray(mean).reshape(meanParam.shape()));
        if (conf.isUseLogStd()) {
            float[] log10std = new float[var.length];
            for (int c = 0; c < var.length; c++) {
                log10std[c] = (float) (0.5 * Math.log10(var[c]));
            }
            INDArray p = l.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD);
            p.assign(Nd4j.createFromArray(log10std).reshape(p.shape()));
        } else {
            INDArray p = l.getParam(BatchNormalizationParamInitializer.GLOBAL_VAR);
            p.assign(Nd4j.createFromArray(var).reshape(p.shape()));
        }
    }
}
