package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

class BatchNormStatisticsTest {

    @Test
    void matchesLibnd4jsMomentsOp() {
        Nd4j.getRandom().setSeed(5);
        // a mean far from zero against a spread of ~1: the variance must not come from sum(x^2) - M mean^2
        INDArray x = Nd4j.randn(DataType.FLOAT, 3, 5, 9, 7).addi(100);
        INDArray mean = Nd4j.create(DataType.FLOAT, 5);
        INDArray var = Nd4j.create(DataType.FLOAT, 5);
        Nd4j.exec(DynamicCustomOp.builder("moments").addInputs(x).addOutputs(mean, var)
                .addIntegerArguments(0, 2, 3).build());
        BatchNormStatistics stats = run(x, new ChannelSplit(1));
        float[] m = mean.toFloatVector();
        float[] v = var.toFloatVector();
        for (int c = 0; c < 5; c++) {
            assertEquals(m[c], stats.mean[c], 1e-4, "mean of channel " + c);
            assertEquals(v[c], stats.var[c], 1e-3 * v[c], "variance of channel " + c);
            assertTrue(v[c] > 0.5 && v[c] < 2, "randn's variance, about 1: " + v[c]);
        }
    }

    @Test
    void splittingTheChannelsAmongThreadsGivesTheSameValues() {
        Nd4j.getRandom().setSeed(6);
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 6, 128, 128);
        try (ChannelSplit three = new ChannelSplit(3)) {
            BatchNormStatistics split = run(x, three);
            BatchNormStatistics single = run(x, new ChannelSplit(1));
            assertArrayEquals(single.mean, split.mean);
            assertArrayEquals(single.var, split.var);
            assertEquals(0.5, split.mean[5], 0.01, "uniform values in [0, 1)");
        }
    }

    @Test
    void refusesABufferSmallerThanTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BatchNormStatistics(FloatBuffer.allocate(10), new NchwShape(2, 2, 5)));
        assertTrue(e.getMessage().contains("10") && e.getMessage().contains("20"), e.getMessage());
    }

    private static BatchNormStatistics run(INDArray x, ChannelSplit split) {
        BatchNormStatistics stats = new BatchNormStatistics(x.data().asNioFloat(), NchwShape.of(x.shape()));
        split.run(stats);
        return stats;
    }
}
