package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The updater without DL4J's external-gradient detour trains exactly like DL4J's own. */
class DirectGradientUpdaterTest {

    @Test
    void theUNetUsesItAndItUpdatesExactlyLikeDl4jsUpdater() {
        FastPath.enable();
        NetConfig c = new NetConfig(16, 3, 4, 2, Head.GROUPED, 2, 1e-2, 3, NetConfig.DEFAULT_CLASS_WEIGHTS, 1);
        ComputationGraph direct = UNet.build(c);
        assertTrue(direct.getUpdater() instanceof DirectGradientUpdater);
        ComputationGraph stock = new ComputationGraph(UNet.configuration(c));
        stock.init();
        FastPath.install(stock);
        assertEquals(org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater.class, stock.getUpdater().getClass());
        stock.setParams(direct.params().dup());

        Nd4j.getRandom().setSeed(2);
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 3, 16, 16);
        INDArray y = FastPathTest.oneHotLabels(4, 16);
        DataSet ds = new DataSet(x, y);
        for (int step = 0; step < 3; step++) {
            direct.fit(ds);
            stock.fit(ds);
        }
        assertEquals(stock.params(), direct.params(), "parameters (running batch-norm statistics included)");
        assertEquals(stock.getUpdater().getStateViewArray(), direct.getUpdater().getStateViewArray(), "Adam's moments");
        assertEquals(stock.score(), direct.score(), 0.0);
    }
}
