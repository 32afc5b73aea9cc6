package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The seed's grouped head is, in training as at inference, the baseline head with a faster learning
 * rate. With m filters per class summed into the class logit, every filter of a class receives the
 * same gradient (the gradient of its class logit, whatever the filters' own values), so each filter
 * takes the same step and their sum moves m times as far; the gradient that flows back into the
 * trunk sees only the sum. A baseline head started at the per-class sums, with its learning rate
 * multiplied by m, therefore follows exactly the same trajectory — under SGD, and under Adam too,
 * since Adam's moments of identical gradients are identical. What the grouped head changes is the
 * head's effective learning rate and its initial scale (a sum of m initialised filters), nothing else.
 */
class GroupedHeadEquivalenceTest {

    private static final int M = 4;
    private static final double LR = 1e-3;

    @BeforeAll
    static void fastPath() {
        FastPath.enable();
    }

    private static NetConfig config(Head head, int m, double headLrMultiplier) {
        return new NetConfig(16, 3, 4, 2, head, m, LR, headLrMultiplier, NetConfig.DEFAULT_CLASS_WEIGHTS, 3);
    }

    /** The baseline twin of {@code grouped}: the same trunk, the head's filters summed per class. */
    private static ComputationGraph baselineTwin(ComputationGraph grouped, double headLrMultiplier) {
        ComputationGraph baseline = UNet.build(config(Head.BASELINE, 1, headLrMultiplier));
        for (Layer layer : grouped.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (!name.equals(UNet.HEAD) && layer.numParams() > 0) {
                baseline.getLayer(name).setParams(layer.params().dup());
            }
        }
        Layer head = grouped.getLayer(UNet.HEAD);
        INDArray w = head.getParam("W"); // [3 * m, nIn, 1, 1], class c's filters at c * m .. c * m + m - 1
        long nIn = w.size(1);
        baseline.getLayer(UNet.HEAD).setParam("W", w.dup().reshape('c', 3, M, nIn, 1, 1).sum(1).reshape(3, nIn, 1, 1));
        baseline.getLayer(UNet.HEAD).setParam("b", head.getParam("b").dup().reshape('c', 3, M).sum(1).reshape(1, 3));
        return baseline;
    }

    /** Every layer's updater set before the first step: plain SGD, or Adam; the head's rate times {@code headFactor}. */
    private static void useUpdater(ComputationGraph net, boolean sgd, double headFactor) {
        for (Layer layer : net.getLayers()) {
            if (layer.conf().getLayer() instanceof BaseLayer base) {
                double rate = LR * (layer.conf().getLayer().getLayerName().equals(UNet.HEAD) ? headFactor : 1);
                IUpdater updater = sgd ? new Sgd(rate) : new Adam(rate);
                base.setIUpdater(updater);
            }
        }
        net.setUpdater(new DirectGradientUpdater(net)); // the updater reads the layers' settings when made
    }

    private static DataSet batch(Random random) {
        INDArray images = Nd4j.rand(DataType.FLOAT, 4, 3, 16, 16);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 4, 3, 16, 16);
        for (int n = 0; n < 4; n++) {
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    labels.putScalar(new int[] {n, random.nextInt(3), y, x}, 1f);
                }
            }
        }
        return new DataSet(images, labels);
    }

    private static double maxDifference(ComputationGraph a, ComputationGraph b, INDArray x) {
        return a.outputSingle(false, x).sub(b.outputSingle(false, x)).amaxNumber().doubleValue();
    }

    @ParameterizedTest(name = "sgd={0}")
    @ValueSource(booleans = {true, false})
    void groupedHeadTrainsLikeTheBaselineWithItsRateTimesM(boolean sgd, TestReporter reporter) {
        Nd4j.getRandom().setSeed(11);
        ComputationGraph grouped = UNet.build(config(Head.GROUPED, M, 1));
        ComputationGraph baseline = baselineTwin(grouped, M);
        INDArray filters = grouped.getLayer(UNet.HEAD).getParam("W");
        assertTrue(filters.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0)).sub(
                filters.get(org.nd4j.linalg.indexing.NDArrayIndex.point(1))).amaxNumber().doubleValue() > 1e-3,
                "a class's filters start different");
        useUpdater(grouped, sgd, 1);
        useUpdater(baseline, sgd, M);
        INDArray probe = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        assertTrue(maxDifference(grouped, baseline, probe) < 1e-5, "the same function before training");

        ComputationGraph unscaled = baselineTwin(grouped, 1); // the baseline at the head's own rate: not the same
        useUpdater(unscaled, sgd, 1);
        Random random = new Random(5);
        for (int step = 0; step < 8; step++) {
            DataSet b = batch(random);
            grouped.fit(b);
            baseline.fit(b);
            unscaled.fit(b);
        }
        double same = maxDifference(grouped, baseline, probe);
        double other = maxDifference(grouped, unscaled, probe);
        reporter.publishEntry((sgd ? "sgd" : "adam") + " max output difference after 8 steps",
                "with the rate x" + M + ": " + same + "; without: " + other);
        assertTrue(same < 1e-4, "grouped vs baseline with head rate x" + M + ": " + same);
        assertTrue(other > 100 * Math.max(same, 1e-7), "without the factor the twins part: " + other + " vs " + same);
    }
}
