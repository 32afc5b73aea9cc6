package io.parzen.trainer.nn;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's oneDNN batch-norm helper with faster training passes: the batch statistics and the backward
 * pass of an NCHW float layer are computed in Java ({@link BatchNormStatistics}, {@link BatchNormBackward}),
 * their channels split among libnd4j's thread count ({@link ChannelSplit}); the forward normalisation
 * stays oneDNN's kernel (its inference form, fed these statistics, exactly as DL4J's helper does).
 *
 * <p>Why: DL4J 1.0.0-M2.1's {@link MKLDNNBatchNormHelper} computes the training-mode mean and variance
 * with {@code x.mean(0, 2, 3)} and a strided {@code Variance} op, 3.5x the cost of the oneDNN kernel
 * itself; libnd4j's {@code moments} op, used here first, was 2.7-5.7x faster but still takes its mean
 * on one thread. Its {@code batchnorm_bp} runs oneDNN's kernel with global statistics and then adds the
 * batch-statistics terms with single-threaded generic broadcasts and reductions: 17% of a small U-Net's
 * step. Other layouts and data types fall back to {@code moments} and {@code batchnorm_bp}.
 * {@link FastPath#install} puts this helper into a network's batch-norm layers.
 */
public final class FastBatchNormHelper extends MKLDNNBatchNormHelper {

    private static final int[] NCHW_AXES = {0, 2, 3};
    private static final int[] NHWC_AXES = {0, 1, 2};
    private static final int[] DENSE_AXES = {0};

    private INDArray meanCache;
    private INDArray varCache;
    /** How many statistics and backward passes ran in Java; tests read them. */
    long javaStatistics;
    long javaBackwards;
    /** False: libnd4j's {@code moments} and {@code batchnorm_bp} for every pass (the A/B harness's baseline). */
    boolean javaPasses = true;

    /** Same constructor as DL4J's helper. */
    public FastBatchNormHelper(DataType dataType) {
        super(dataType);
    }

    @Override
    public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta,
            INDArray mean, INDArray var, double decay, double eps, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (x.dataType() != DataType.FLOAT) {
            return null; // oneDNN: float only (DL4J's helper says the same)
        }
        if (!training) {
            return super.preOutput(x, false, shape, gamma, beta, mean, var, decay, eps, format, workspaceMgr);
        }
        int axis = channelAxis(x, format);
        if (meanCache == null || meanCache.length() != x.size(axis)) {
            try (MemoryWorkspace ws = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                meanCache = Nd4j.create(x.dataType(), x.size(axis)); // fresh arrays: plain, from index 0
                varCache = Nd4j.create(x.dataType(), x.size(axis));
            }
        }
        if (javaCanRun(x, format)) {
            BatchNormStatistics stats = new BatchNormStatistics(x.data().asNioFloat(), NchwShape.of(x.shape()));
            ChannelSplit.SHARED.run(stats);
            meanCache.data().asNioFloat().put(0, stats.mean);
            varCache.data().asNioFloat().put(0, stats.var);
            javaStatistics++;
        } else {
            int[] axes = x.rank() == 2 ? DENSE_AXES : axis == 1 ? NCHW_AXES : NHWC_AXES;
            Nd4j.exec(DynamicCustomOp.builder("moments").addInputs(x).addOutputs(meanCache, varCache)
                    .addIntegerArguments(axes).build());
        }
        // the helper's inference form normalises with the mean and variance it is given
        return super.preOutput(x, false, shape, gamma, beta, meanCache, varCache, decay, eps, format, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, long[] shape, INDArray gamma,
            INDArray beta, INDArray dGammaView, INDArray dBetaView, double eps, CNN2DFormat format,
            LayerWorkspaceMgr workspaceMgr) {
        if (input.dataType() != DataType.FLOAT || meanCache == null) {
            return null; // the layer falls back to its built-in backward pass
        }
        if (!Shape.hasDefaultStridesForShape(epsilon)) {
            epsilon = epsilon.dup('c'); // both paths need a plain c-order gradient (as in DL4J's helper)
        }
        INDArray epsAtInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape());
        if (javaCanRun(input, format) && plainFrom0(epsilon) && plainFrom0(epsAtInput)) {
            javaBackward(input, epsilon, epsAtInput, gamma, dGammaView, dBetaView, eps);
            return gradient(dGammaView, dBetaView, epsAtInput);
        }
        List<INDArray> args = new ArrayList<>();
        args.add(input);
        args.add(meanCache);
        args.add(varCache);
        if (gamma != null) {
            args.add(gamma.reshape(gamma.length()));
        }
        if (beta != null) {
            args.add(beta.reshape(beta.length()));
        }
        args.add(epsilon);
        DynamicCustomOp op = DynamicCustomOp.builder("batchnorm_bp")
                .addInputs(args.toArray(new INDArray[0]))
                .addIntegerArguments(gamma == null ? 0 : 1, beta == null ? 0 : 1, channelAxis(input, format))
                .addFloatingPointArguments(eps)
                .build();
        op.setOutputArgument(0, epsAtInput);
        op.setOutputArgument(1, workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, meanCache.dataType(), meanCache.shape()));
        op.setOutputArgument(2, workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, meanCache.dataType(), meanCache.shape()));
        if (dGammaView != null) {
            op.setOutputArgument(3, dGammaView.reshape(dGammaView.length()));
            op.setOutputArgument(4, dBetaView.reshape(dBetaView.length()));
        }
        Nd4j.exec(op);
        return gradient(dGammaView, dBetaView, epsAtInput);
    }

    /** {@link BatchNormBackward} on {@code input}'s and {@code epsilon}'s memory, channels split among threads. */
    private void javaBackward(INDArray input, INDArray epsilon, INDArray epsAtInput,
            INDArray gamma, INDArray dGammaView, INDArray dBetaView, double eps) {
        BatchNormBackward bp = new BatchNormBackward(input.data().asNioFloat(), epsilon.data().asNioFloat(),
                epsAtInput.data().asNioFloat(), NchwShape.of(input.shape()),
                meanCache.toFloatVector(), varCache.toFloatVector(), gamma == null ? null : gamma.toFloatVector(), eps);
        ChannelSplit.SHARED.run(bp);
        if (dGammaView != null) {
            dGammaView.assign(Nd4j.createFromArray(bp.dGamma).reshape(dGammaView.shape()));
            dBetaView.assign(Nd4j.createFromArray(bp.dBeta).reshape(dBetaView.shape()));
        }
        javaBackwards++;
    }

    /** What the layer expects back: the gradients of gamma and beta (already in their views) and at the input. */
    private static Pair<Gradient, INDArray> gradient(INDArray dGammaView, INDArray dBetaView, INDArray epsAtInput) {
        Gradient g = new DefaultGradient();
        g.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        g.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        return new Pair<>(g, epsAtInput);
    }

    /** Whether the Java passes take {@code x}: switched on, a plain NCHW tensor from index 0, int-sized. */
    private boolean javaCanRun(INDArray x, CNN2DFormat format) {
        return javaPasses && x.rank() == 4 && format == CNN2DFormat.NCHW && x.length() <= Integer.MAX_VALUE
                && plainFrom0(x);
    }

    /** A c-order float array with default strides that starts at its buffer's first value. */
    static boolean plainFrom0(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.ordering() == 'c' && a.data().offset() == 0
                && Shape.hasDefaultStridesForShape(a);
    }

    @Override
    public INDArray getMeanCache(DataType dataType) {
        return meanCache;
    }

    @Override
    public INDArray getVarCache(DataType dataType) {
        return varCache;
    }

    private static int channelAxis(INDArray x, CNN2DFormat format) {
        return x.rank() != 4 || format == CNN2DFormat.NCHW ? 1 : 3;
    }
}
