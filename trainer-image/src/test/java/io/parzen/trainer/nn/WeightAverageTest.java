package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.trainer.train.Recipe;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The weight average: its decay schedule, its arithmetic, and that swapping leaves training untouched. */
class WeightAverageTest {

    private static final NetConfig TINY = new NetConfig(16, 3, 4, 2, Head.BASELINE, 1, 1e-3, 1.0,
            NetConfig.DEFAULT_CLASS_WEIGHTS, 3);

    @Test
    void decayForgetsFastEarlyThenReachesItsCap() {
        assertEquals(2.0 / 11, WeightAverage.decayAt(0.99, 1), 1e-12);
        assertEquals(0.91, WeightAverage.decayAt(0.99, 90), 1e-12);
        assertEquals(0.99, WeightAverage.decayAt(0.99, 891), 1e-12, "(1 + 891) / (10 + 891) > 0.99");
        assertEquals(0.9, WeightAverage.decayAt(0.9, 1_000), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, -0.01, Double.NaN})
    void decayOutsideTheRangeIsRejectedByName(double decay) {
        var e = assertThrows(IllegalArgumentException.class, () -> WeightAverage.checkDecay(decay));
        assertTrue(e.getMessage().startsWith("--ema-decay must be in [0, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WeightAverage(0));
    }

    @Test
    void averagesTheWeightsAndSwapsThemInAndOut() {
        ComputationGraph net = UNet.build(TINY);
        WeightAverage average = new WeightAverage(0.99);
        average.swapIn(net); // before any update: nothing to swap
        INDArray first = net.params().dup();
        average.update(net);
        INDArray second = first.add(1.0);
        net.params().assign(second);
        average.update(net); // decay (1 + 2) / (10 + 2) = 0.25
        INDArray expected = first.mul(0.25).add(second.mul(0.75));

        average.swapIn(net);
        assertTrue(net.params().equalsWithEps(expected, 1e-5), "the network holds the average");
        average.swapIn(net); // twice in a row keeps the trained weights aside, not the average
        average.swapOut(net);
        assertTrue(net.params().equalsWithEps(second, 1e-6), "the trained weights are back");
        average.swapOut(net);
        assertTrue(net.params().equalsWithEps(second, 1e-6), "a second swap-out changes nothing");
    }

    @Test
    void recipeTurnsAveragingOffAtZero() {
        assertNull(new Recipe(LrSchedule.Kind.COSINE, 0.05, true, 8, 0).weightAverage());
        assertTrue(new Recipe(LrSchedule.Kind.COSINE, 0.05, true, 8, 0.99).weightAverage() != null);
    }
}
