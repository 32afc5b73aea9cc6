package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Precise batch norm: the inference statistics become the training batches' own. */
class BatchNormRecalibrationTest {

    private static final NetConfig TINY = new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 1e-3, 1.0,
            NetConfig.DEFAULT_CLASS_WEIGHTS, 3);

    @BeforeAll
    static void fastPath() {
        FastPath.enable();
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue();
    }

    @Test
    void afterOneBatchInferenceOnItEqualsTrainingMode() {
        ComputationGraph net = UNet.build(TINY);
        // shifted and scaled input, so the default statistics (mean 0, variance 1) are far off
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 3, 16, 16).muli(5).addi(3);
        INDArray training = net.output(true, x)[0].dup();
        assertTrue(maxDifference(training, net.outputSingle(false, x)) > 1e-2, "before: inference differs");
        assertEquals(10, BatchNormRecalibration.apply(net, List.of(x)), "two in each of five double blocks");
        assertTrue(maxDifference(training, net.outputSingle(false, x)) < 1e-4,
                "after: " + maxDifference(training, net.outputSingle(false, x)));
    }

    @Test
    void manyBatchesAverageTheirMeansAndVariances() {
        ComputationGraph net = UNet.build(TINY);
        INDArray a = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        INDArray b = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16).muli(3).addi(1);
        BatchNormRecalibration.apply(net, List.of(a, b));
        // the first layer sees the convolution of the images: its statistics are those of enc0_conv1's output
        INDArray ca = net.feedForward(a, true).get("enc0_conv1");
        INDArray cb = net.feedForward(b, true).get("enc0_conv1");
        INDArray expectedMean = ca.mean(0, 2, 3).add(cb.mean(0, 2, 3)).div(2);
        INDArray expectedVar = ca.var(false, 0, 2, 3).add(cb.var(false, 0, 2, 3)).div(2);
        INDArray mean = net.getLayer("enc0_bn1").getParam("mean");
        assertTrue(maxDifference(expectedMean.reshape(mean.shape()), mean) < 1e-4);
        var conf = (org.deeplearning4j.nn.conf.layers.BatchNormalization) net.getLayer("enc0_bn1").conf().getLayer();
        INDArray stored = conf.isUseLogStd()
                ? org.nd4j.linalg.ops.transforms.Transforms.pow(
                        Nd4j.valueArrayOf(mean.shape(), 10f), net.getLayer("enc0_bn1").getParam("log10stdev").mul(2), false)
                : net.getLayer("enc0_bn1").getParam("var");
        assertTrue(maxDifference(expectedVar.reshape(mean.shape()), stored) < 1e-3 * expectedVar.maxNumber().doubleValue());
    }

    @Test
    void withoutParzensHelperTheCopiedActivationsGiveTheSameStatistics() {
        ComputationGraph fast = UNet.build(TINY);
        ComputationGraph plain = new ComputationGraph(UNet.configuration(TINY));
        plain.init(); // DL4J's own helpers: the fallback path
        INDArray a = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16).muli(4);
        INDArray b = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16).addi(2);
        BatchNormRecalibration.apply(fast, List.of(a, b));
        BatchNormRecalibration.apply(plain, List.of(a, b));
        for (String layer : List.of("enc0_bn1", "enc2_bn2", "dec0_bn2")) {
            INDArray f = fast.getLayer(layer).getParam("mean");
            INDArray p = plain.getLayer(layer).getParam("mean");
            assertTrue(maxDifference(f, p) < 1e-3 * (1 + f.amaxNumber().doubleValue()), layer + ": " + f + " vs " + p);
        }
    }

    @Test
    void theBatchNormLayersAreFoundInOrderWithTheirInputs() {
        var inputs = BatchNormRecalibration.batchNormInputs(UNet.build(TINY));
        assertEquals("enc0_conv1", inputs.get("enc0_bn1"));
        assertEquals("dec0_conv2", inputs.get("dec0_bn2"));
        var order = List.copyOf(inputs.keySet());
        assertTrue(order.indexOf("enc0_bn1") < order.indexOf("enc1_bn1") && order.indexOf("enc2_bn2") < order.indexOf("dec1_bn1"));
    }
}
