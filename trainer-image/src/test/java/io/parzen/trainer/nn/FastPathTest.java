package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Proves the oneDNN fast path is on (docs/stack.md): the helpers sit in the layers and compute the same gradients. */
class FastPathTest {

    @BeforeAll
    static void enable() {
        FastPath.enable();
    }

    @Test
    void theBridgeClassReportsOneDnn() {
        assertTrue(org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN(),
                "the onednn build of nd4j-native should report oneDNN");
        assertTrue(FastPath.enabled());
    }

    @Test
    void convolutionPoolingAndBatchNormLayersUseOneDnnHelpers() {
        ComputationGraph net = tinyNet(1);
        Map<String, String> helpers = FastPath.helpers(net);
        assertTrue(net.getLayer("conv").getHelper() instanceof MKLDNNConvHelper, helpers.toString());
        assertTrue(net.getLayer("bn").getHelper() instanceof MKLDNNBatchNormHelper, helpers.toString());
        assertTrue(net.getLayer("pool").getHelper() instanceof MKLDNNSubsamplingHelper, helpers.toString());
        assertEquals(MKLDNNConvHelper.class.getSimpleName(), helpers.get("conv"));
    }

    @Test
    void everyConvolutionOfTheUNetUsesOneDnn() {
        ComputationGraph net = UNet.build(new NetConfig(16, 3, 4, 2, Head.GROUPED, 2, 1e-3, 1, NetConfig.DEFAULT_CLASS_WEIGHTS, 1));
        long convs = 0;
        for (var layer : net.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) {
                convs++;
                assertTrue(layer.getHelper() instanceof MKLDNNConvHelper, layer.getConfig().getLayerName());
            }
        }
        assertEquals(2 * 5 + 1, convs);
        long bns = 0;
        for (var layer : net.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization) {
                bns++;
                assertTrue(layer.getHelper() instanceof FastBatchNormHelper, layer.getConfig().getLayerName());
            }
        }
        assertEquals(2 * 5, bns);
    }

    @Test
    void installReplacesOnlyDl4jsOneDnnBatchNormHelper() {
        ComputationGraph net = tinyNet(1);
        assertEquals(1, FastPath.install(net));
        assertTrue(net.getLayer("bn").getHelper() instanceof FastBatchNormHelper);
        assertTrue(net.getLayer("conv").getHelper() instanceof MKLDNNConvHelper);
        assertEquals(0, FastPath.install(net), "a second call changes nothing");
    }

    @Test
    void gradientsMatchTheBuiltInPath() {
        ComputationGraph fast = tinyNet(7);
        assertEquals(1, FastPath.install(fast));
        ComputationGraph slow;
        System.setProperty(FastPath.DISABLE_HELPERS, "true");
        try {
            slow = tinyNet(7);
        } finally {
            System.setProperty(FastPath.DISABLE_HELPERS, "false");
        }
        assertEquals(null, slow.getLayer("conv").getHelper());
        slow.setParams(fast.params().dup());

        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 3, 8, 8);
        INDArray y = oneHotLabels(4, 8);
        INDArray gFast = gradient(fast, x, y);
        INDArray gSlow = gradient(slow, x, y);
        FastBatchNormHelper helper = (FastBatchNormHelper) fast.getLayer("bn").getHelper();
        assertEquals(1, helper.javaStatistics, "batch statistics from BatchNormStatistics");
        assertEquals(1, helper.javaBackwards, "the backward pass by BatchNormBackward");
        double scale = Math.max(1e-3, gSlow.amaxNumber().doubleValue());
        double diff = gFast.sub(gSlow).amaxNumber().doubleValue();
        assertTrue(diff / scale < 1e-5, "max |fast - built-in| / max |grad| = " + diff / scale);
        // (the flat gradient includes the running mean's and log10 std's updates, computed from the batch statistics)
    }

    /** One-hot labels {@code [n, 3, size, size]}: example {@code i}, pixel (h, w) has class {@code (i + h w) mod 3}. */
    static INDArray oneHotLabels(int n, int size) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, 3, size, size);
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < size; h++) {
                for (int w = 0; w < size; w++) {
                    y.putScalar(new int[] {i, (i + h * w) % 3, h, w}, 1f);
                }
            }
        }
        return y;
    }

    private static INDArray gradient(ComputationGraph net, INDArray x, INDArray y) {
        net.setInputs(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        return net.gradient().gradient().dup();
    }

    /** conv 3x3 - batch norm - relu - max pool - upsample - conv 1x1 - softmax loss, on 8x8x3. */
    private static ComputationGraph tinyNet(long seed) {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT).updater(new Adam(1e-3))
                .convolutionMode(ConvolutionMode.Same).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(8, 8, 3, CNN2DFormat.NCHW))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(8).activation(Activation.IDENTITY).build(), "in")
                .addLayer("bn", new BatchNormalization.Builder().build(), "conv")
                .addLayer("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn")
                .addLayer("pool", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "relu")
                .addLayer("up", new Upsampling2D.Builder(2).build(), "pool")
                .addLayer("out_conv", new ConvolutionLayer.Builder(1, 1).nOut(3).activation(Activation.IDENTITY).build(), "up")
                .addLayer("loss", new CnnLossLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .activation(Activation.SOFTMAX).build(), "out_conv")
                .setOutputs("loss").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }
}
