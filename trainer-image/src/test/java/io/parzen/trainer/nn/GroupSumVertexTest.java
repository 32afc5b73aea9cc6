package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** The grouped head's group sum: values, DL4J's numeric gradient check, JSON. */
class GroupSumVertexTest {

    @BeforeAll
    static void fastPath() {
        FastPath.enable();
    }

    @Test
    void sumsContiguousGroupsOfChannels() {
        ComputationGraph net = vertexOnly(2);
        INDArray x = Nd4j.arange(2 * 6 * 2 * 2).castTo(DataType.DOUBLE).reshape(2, 6, 2, 2);
        INDArray out = net.outputSingle(x);
        assertArrayEquals(new long[] {2, 3, 2, 2}, out.shape());
        for (int n = 0; n < 2; n++) {
            for (int c = 0; c < 3; c++) {
                for (int p = 0; p < 4; p++) {
                    int h = p / 2;
                    int w = p % 2;
                    double expected = x.getDouble(n, 2 * c, h, w) + x.getDouble(n, 2 * c + 1, h, w);
                    assertEquals(expected, out.getDouble(n, c, h, w), 1e-12);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void passesTheNumericGradientCheckOnEveryParameter(int m) {
        Nd4j.getRandom().setSeed(12345);
        var conf = new NeuralNetConfiguration.Builder().seed(42).dataType(DataType.DOUBLE).updater(new NoOp())
                .weightInit(WeightInit.XAVIER).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(4, 4, 2, CNN2DFormat.NCHW))
                .addLayer("head", new ConvolutionLayer.Builder(1, 1).nOut(3 * m).activation(Activation.TANH).build(), "in")
                .addVertex("group_sum", new GroupSumVertex(m), "head")
                .addLayer("loss", new CnnLossLayer.Builder(new LossMCXENT(Nd4j.create(new double[] {1, 3, 5})))
                        .activation(Activation.SOFTMAX).build(), "group_sum")
                .setOutputs("loss").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 2, 4, 4).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 2, 3, 4, 4);
        for (int n = 0; n < 2; n++) {
            for (int h = 0; h < 4; h++) {
                for (int w = 0; w < 4; w++) {
                    y.putScalar(new int[] {n, (n + h + 2 * w) % 3, h, w}, 1.0);
                }
            }
        }
        DataType before = Nd4j.dataType();
        DataType beforeFloat = Nd4j.defaultFloatingPointType();
        boolean ok;
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
                    .inputs(new INDArray[] {x}).labels(new INDArray[] {y})
                    .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8));
        } finally {
            Nd4j.setDefaultDataTypes(before, beforeFloat);
        }
        assertTrue(ok, "numeric gradient check failed for m = " + m);
    }

    @Test
    void rejectsChannelsThatAreNotAMultipleOfTheGroup() {
        assertThrows(IllegalArgumentException.class, () -> new GroupSumVertex(0));
        var type = InputType.convolutional(4, 4, 7, CNN2DFormat.NCHW);
        assertThrows(Exception.class, () -> new GroupSumVertex(2).getOutputType(0, type));
    }

    @Test
    void roundTripsThroughDl4jJson() {
        var conf = vertexOnly(4).getConfiguration();
        var back = org.deeplearning4j.nn.conf.ComputationGraphConfiguration.fromJson(conf.toJson());
        assertEquals(new GroupSumVertex(4), back.getVertices().get("group_sum"));
    }

    private static ComputationGraph vertexOnly(int m) {
        var conf = new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(2, 2, 3 * m, CNN2DFormat.NCHW))
                .addVertex("group_sum", new GroupSumVertex(m), "in")
                .setOutputs("group_sum").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }
}
