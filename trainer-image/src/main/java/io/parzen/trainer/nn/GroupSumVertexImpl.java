package io.parzen.trainer.nn;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The runtime group sum of {@link GroupSumVertex}. Forward: view the {@code [mb, C*m, h, w]} input as
 * {@code [mb, C, m, h, w]} and sum over axis 2. Backward: every input channel of a group receives the
 * gradient of its group's output unchanged (the incoming gradient repeated {@code m} times along that
 * axis).
 */
public final class GroupSumVertexImpl extends BaseGraphVertex {

    private static final long serialVersionUID = 1L;

    private final int groupSize;

    /** Created by {@link GroupSumVertex#instantiate}. */
    public GroupSumVertexImpl(ComputationGraph graph, String name, int index, int groupSize, DataType dataType) {
        super(graph, name, index, null, null, dataType);
        this.groupSize = groupSize;
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException("GroupSumVertex " + vertexName + ": input not set");
        }
        INDArray in = inputs[0];
        long[] s = in.shape();
        if (s.length != 4 || s[1] % groupSize != 0) {
            throw new IllegalStateException("GroupSumVertex " + vertexName + ": input shape "
                    + java.util.Arrays.toString(s) + " is not NCHW with channels a multiple of " + groupSize);
        }
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATIONS)) {
            INDArray grouped = in.reshape('c', s[0], s[1] / groupSize, groupSize, s[2], s[3]);
            return grouped.sum(2);
        }
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException("GroupSumVertex " + vertexName + ": gradient not set");
        }
        long[] s = epsilon.shape();
        try (MemoryWorkspace ws = workspaceMgr.notifyScopeBorrowed(ArrayType.ACTIVATION_GRAD)) {
            INDArray out = Nd4j.createUninitialized(epsilon.dataType(), s[0], s[1], groupSize, s[2], s[3]);
            for (int j = 0; j < groupSize; j++) {
                out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(j), NDArrayIndex.all(),
                        NDArrayIndex.all()).assign(epsilon);
            }
            return new Pair<>(null, new INDArray[] {out.reshape('c', s[0], s[1] * groupSize, s[2], s[3])});
        }
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray view) {
        if (view != null) {
            throw new IllegalStateException("GroupSumVertex has no parameters, so no gradient view");
        }
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] masks, MaskState state, int minibatchSize) {
        return masks == null || masks.length == 0 ? null : new Pair<>(masks[0], state);
    }

    @Override
    public String toString() {
        return "GroupSumVertexImpl(name=" + vertexName + ", groupSize=" + groupSize + ")";
    }
}
