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

class BatchNormBackwardTest {

    private static final double EPS = 1e-5;

    @Test
    void matchesLibnd4jsBatchNormBackward() {
        // H*W = 35: not a multiple of the eight-way unrolling; a large mean tests the centring
        Case c = new Case(3, 5, 5, 7, 10f);
        INDArray[] expected = libnd4j(c.x, c.dy, c.mean, c.var, c.gamma);
        Result r = java(c, c.gamma.toFloatVector(), new ChannelSplit(1));
        assertClose(expected[0], r.dx, "dx");
        assertClose(expected[3], Nd4j.createFromArray(r.bp.dGamma), "dGamma");
        assertClose(expected[4], Nd4j.createFromArray(r.bp.dBeta), "dBeta");
    }

    @Test
    void withoutGammaTheScaleIsOne() {
        Case c = new Case(2, 4, 6, 6, -3f);
        Result none = java(c, null, new ChannelSplit(1));
        Result ones = java(c, new float[] {1f, 1f, 1f, 1f}, new ChannelSplit(1));
        assertArrayEquals(ones.dx.data().asFloat(), none.dx.data().asFloat());
        assertArrayEquals(ones.bp.dGamma, none.bp.dGamma);
    }

    @Test
    void splittingTheChannelsAmongThreadsGivesTheSameValues() {
        Case c = new Case(2, 6, 128, 128, 1f); // 196,608 values: three parts of two channels
        try (ChannelSplit three = new ChannelSplit(3)) {
            Result split = java(c, c.gamma.toFloatVector(), three);
            Result single = java(c, c.gamma.toFloatVector(), new ChannelSplit(1));
            assertArrayEquals(single.dx.data().asFloat(), split.dx.data().asFloat());
            assertArrayEquals(single.bp.dGamma, split.bp.dGamma);
            assertArrayEquals(single.bp.dBeta, split.bp.dBeta);
            assertTrue(split.dx.amaxNumber().doubleValue() > 0, "dx was written");
        }
    }

    @Test
    void refusesBuffersSmallerThanTheShape() {
        FloatBuffer small = FloatBuffer.allocate(10);
        FloatBuffer big = FloatBuffer.allocate(100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BatchNormBackward(
                big, small, big, new NchwShape(2, 2, 5), new float[2], new float[2], null, EPS));
        assertTrue(e.getMessage().contains("20"), e.getMessage());
    }

    /** Random input with per-channel statistics from the {@code moments} op, as in training. */
    private static final class Case {
        final INDArray x;
        final INDArray dy;
        final INDArray mean;
        final INDArray var;
        final INDArray gamma;

        Case(int n, int c, int h, int w, float offset) {
            Nd4j.getRandom().setSeed(11);
            x = Nd4j.rand(DataType.FLOAT, n, c, h, w).muli(3).addi(offset);
            dy = Nd4j.randn(DataType.FLOAT, n, c, h, w);
            mean = Nd4j.create(DataType.FLOAT, c);
            var = Nd4j.create(DataType.FLOAT, c);
            Nd4j.exec(DynamicCustomOp.builder("moments").addInputs(x).addOutputs(mean, var)
                    .addIntegerArguments(0, 2, 3).build());
            gamma = Nd4j.rand(DataType.FLOAT, c).addi(0.5);
        }
    }

    private record Result(BatchNormBackward bp, INDArray dx) {}

    private static Result java(Case c, float[] gamma, ChannelSplit split) {
        long[] s = c.x.shape();
        INDArray dx = Nd4j.create(DataType.FLOAT, s);
        BatchNormBackward bp = new BatchNormBackward(c.x.data().asNioFloat(), c.dy.data().asNioFloat(),
                dx.data().asNioFloat(), NchwShape.of(s), c.mean.toFloatVector(), c.var.toFloatVector(), gamma, EPS);
        split.run(bp);
        return new Result(bp, dx);
    }

    /** The op {@link FastBatchNormHelper} called before: outputs dx, dMean, dVar, dGamma, dBeta. */
    private static INDArray[] libnd4j(INDArray x, INDArray dy, INDArray mean, INDArray var, INDArray gamma) {
        long c = mean.length();
        INDArray[] out = {Nd4j.create(DataType.FLOAT, x.shape()), Nd4j.create(DataType.FLOAT, c),
            Nd4j.create(DataType.FLOAT, c), Nd4j.create(DataType.FLOAT, c), Nd4j.create(DataType.FLOAT, c)};
        Nd4j.exec(DynamicCustomOp.builder("batchnorm_bp")
                .addInputs(x, mean, var, gamma, Nd4j.zeros(DataType.FLOAT, c), dy).addOutputs(out)
                .addIntegerArguments(1, 1, 1).addFloatingPointArguments(EPS).build());
        return out;
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertEquals(expected.length(), actual.length(), what);
        double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
        double diff = expected.reshape(expected.length()).sub(actual.reshape(actual.length())).amaxNumber().doubleValue();
        assertTrue(diff / scale < 1e-4, what + ": max |java - libnd4j| / max |libnd4j| = " + diff / scale);
    }
}
