package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** The U-Net's shape, heads, per-layer learning rate and serialisation. */
class UNetTest {

    private static final NetConfig TINY = new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 1e-3, 1.0,
            NetConfig.DEFAULT_CLASS_WEIGHTS, 11);

    @BeforeAll
    static void fastPath() {
        FastPath.enable();
    }

    @Test
    void encoderChannelsDoubleAndTheOutputIsThreeClassProbabilities() {
        ComputationGraph net = UNet.build(TINY);
        assertEquals(4, conv(net, "enc0_conv1").getNOut());
        assertEquals(8, conv(net, "enc1_conv2").getNOut());
        assertEquals(16, conv(net, "enc2_conv1").getNOut());
        assertEquals(4 + 8, conv(net, "dec0_conv1").getNIn(), "up-sampled level 1 concatenated with the level-0 skip");
        INDArray out = net.outputSingle(Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16));
        assertArrayEquals(new long[] {2, 3, 16, 16}, out.shape());
        INDArray sums = out.sum(1);
        assertEquals(1.0, sums.minNumber().doubleValue(), 1e-5);
        assertEquals(1.0, sums.maxNumber().doubleValue(), 1e-5);
    }

    @Test
    void theSeedsBaselineHasChannels32To512AtDepth4() {
        var conf = UNet.configuration(new NetConfig(64, 3, 32, 4, Head.BASELINE, 1, 1e-3, 1, NetConfig.DEFAULT_CLASS_WEIGHTS, 1));
        assertEquals(512, ((org.deeplearning4j.nn.conf.layers.ConvolutionLayer)
                ((org.deeplearning4j.nn.conf.graph.LayerVertex) conf.getVertices().get("enc4_conv2")).getLayerConf().getLayer()).getNOut());
    }

    @Test
    void theHeadLearnsAtTheMultipliedRate() {
        ComputationGraph net = UNet.build(new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 2e-3, 5.0,
                NetConfig.DEFAULT_CLASS_WEIGHTS, 1));
        assertEquals(2e-3, ((Adam) layer(net, "enc0_conv1").getIUpdater()).getLearningRate(), 1e-12);
        assertEquals(1e-2, ((Adam) layer(net, UNet.HEAD).getIUpdater()).getLearningRate(), 1e-12);
    }

    @Test
    void groupedWithOneFilterPerClassEqualsTheBaseline() {
        ComputationGraph baseline = UNet.build(TINY);
        ComputationGraph grouped = UNet.build(TINY.withHead(Head.GROUPED, 1));
        assertEquals(baseline.numParams(), grouped.numParams());
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        assertEquals(baseline.outputSingle(x), grouped.outputSingle(x));
    }

    @Test
    void groupsAreContiguous() {
        // A grouped head whose m filters of class c are each W_c / m computes exactly the baseline.
        int m = 3;
        ComputationGraph baseline = UNet.build(TINY);
        ComputationGraph grouped = UNet.build(TINY.withHead(Head.GROUPED, m));
        for (Map.Entry<String, INDArray> e : baseline.paramTable().entrySet()) {
            if (!e.getKey().startsWith(UNet.HEAD + "_")) {
                grouped.setParam(e.getKey(), e.getValue().dup());
            }
        }
        INDArray w = baseline.getParam("head_W").dup(); // [3, nIn, 1, 1]
        INDArray b = baseline.getParam("head_b").dup(); // [1, 3]
        INDArray gw = Nd4j.zeros(DataType.FLOAT, 3 * m, w.size(1), 1, 1);
        INDArray gb = Nd4j.zeros(DataType.FLOAT, 1, 3 * m);
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < m; j++) {
                gw.putSlice(c * m + j, w.slice(c).div(m));
                gb.putScalar(0, c * m + j, b.getDouble(0, c) / m);
            }
        }
        grouped.setParam("head_W", gw);
        grouped.setParam("head_b", gb.reshape(grouped.getParam("head_b").shape()));
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        INDArray diff = baseline.outputSingle(x).sub(grouped.outputSingle(x));
        assertTrue(diff.amaxNumber().doubleValue() < 1e-5, "max difference " + diff.amaxNumber());
    }

    @Test
    void sameSeedSameInitialWeights() {
        assertEquals(UNet.build(TINY).params(), UNet.build(TINY).params());
    }

    @Test
    void roundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        ComputationGraph net = UNet.build(TINY.withHead(Head.GROUPED, 2));
        INDArray x = Nd4j.rand(DataType.FLOAT, 1, 3, 16, 16);
        net.fit(new org.nd4j.linalg.dataset.MultiDataSet(x, net.outputSingle(x).dup()));
        File zip = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(net, zip, true);
        ComputationGraph back = ModelSerializer.restoreComputationGraph(zip, true);
        assertNotNull(back.getVertex(UNet.GROUP_SUM));
        assertEquals(net.params(), back.params());
        assertEquals(net.outputSingle(x), back.outputSingle(x));
        assertEquals(net.getUpdater().getStateViewArray(), back.getUpdater().getStateViewArray());
    }

    @Test
    void aScheduledNetTakesItsFirstStepAtTheScheduledRate() {
        // warm-up over 2 of 4 steps: the first step runs at half the peak, as a constant net at that rate does
        LrSchedule schedule = new LrSchedule(LrSchedule.Kind.COSINE, 2e-3, 0.5, 4);
        NetConfig peak = new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 2e-3, 3.0, NetConfig.DEFAULT_CLASS_WEIGHTS, 5);
        NetConfig half = new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 1e-3, 3.0, NetConfig.DEFAULT_CLASS_WEIGHTS, 5);
        ComputationGraph scheduled = UNet.build(peak, schedule);
        ComputationGraph constant = UNet.build(half);
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        var data = new org.nd4j.linalg.dataset.MultiDataSet(x, constant.outputSingle(x).dup());
        scheduled.fit(data);
        constant.fit(data);
        INDArray diff = scheduled.params().sub(constant.params());
        assertTrue(diff.amaxNumber().doubleValue() < 1e-7, "max difference " + diff.amaxNumber());
        // the second step runs at the peak: now they part
        scheduled.fit(data);
        constant.fit(data);
        assertTrue(scheduled.params().sub(constant.params()).amaxNumber().doubleValue() > 1e-6);
        assertEquals(3 * schedule.at(2), scheduled.getLearningRate(UNet.HEAD), 1e-12, "the head's rate is scaled too");
    }

    @Test
    void aScheduleRoundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        LrSchedule schedule = new LrSchedule(LrSchedule.Kind.COSINE, 1e-3, 0.1, 40);
        ComputationGraph net = UNet.build(TINY, schedule);
        File zip = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(net, zip, true);
        ComputationGraph back = ModelSerializer.restoreComputationGraph(zip, true);
        Adam adam = (Adam) layer(back, "enc0_conv1").getIUpdater();
        assertEquals(schedule.at(17), adam.getLearningRateSchedule().valueAt(17, 0), 1e-15);
    }

    @Test
    void frozenRatesLeaveOnlyDl4jsOwnClassesInTheSavedConfiguration() {
        LrSchedule schedule = new LrSchedule(LrSchedule.Kind.COSINE, 1e-3, 0.1, 40);
        ComputationGraph net = UNet.build(TINY.withHead(Head.GROUPED, 2), schedule);
        assertTrue(net.getConfiguration().toJson().contains("StepSchedule"));
        UNet.freezeLearningRates(net, 39);
        assertFalse(net.getConfiguration().toJson().contains("io.parzen.trainer.nn.StepSchedule"));
        Adam head = (Adam) layer(net, UNet.HEAD).getIUpdater();
        assertEquals(schedule.at(39), head.getLearningRate(), 1e-15);
        assertEquals(0.999, head.getBeta2(), 1e-15);
    }

    private static BaseLayer layer(ComputationGraph net, String name) {
        return (BaseLayer) net.getLayer(name).conf().getLayer();
    }

    private static org.deeplearning4j.nn.conf.layers.ConvolutionLayer conv(ComputationGraph net, String name) {
        return (org.deeplearning4j.nn.conf.layers.ConvolutionLayer) layer(net, name);
    }
}
