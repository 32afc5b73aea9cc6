package io.parzen.trainer.nn;

import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.inputs.InvalidInputTypeException;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Configuration of the grouped head's group sum: an NCHW input of {@code C * m} channels becomes
 * {@code C} channels, channel {@code c} being the sum of input channels {@code c*m .. c*m + m - 1}.
 * No parameters. A plain Java vertex ({@link GroupSumVertexImpl}), because DL4J M2.1's
 * {@code SameDiffLambdaVertex} returns gradients twice too large (docs/stack.md). Serialises through
 * DL4J's JSON (the class name and {@code groupSize}), so {@code ModelSerializer} round-trips it.
 */
public final class GroupSumVertex extends GraphVertex {

    private static final long serialVersionUID = 1L;

    @JsonProperty("groupSize")
    private final int groupSize;

    /** @param groupSize {@code m}: input channels summed into one output channel */
    public GroupSumVertex(@JsonProperty("groupSize") int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("group size must be positive, got " + groupSize);
        }
        this.groupSize = groupSize;
    }

    /** {@code m}. */
    public int getGroupSize() {
        return groupSize;
    }

    @Override
    public GroupSumVertex clone() {
        return new GroupSumVertex(groupSize);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupSumVertex g && g.groupSize == groupSize;
    }

    @Override
    public int hashCode() {
        return 31 * GroupSumVertex.class.getName().hashCode() + groupSize;
    }

    @Override
    public long numParams(boolean backprop) {
        return 0;
    }

    @Override
    public int minVertexInputs() {
        return 1;
    }

    @Override
    public int maxVertexInputs() {
        return 1;
    }

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
            INDArray paramsView, boolean initializeParams, DataType networkDatatype) {
        return new GroupSumVertexImpl(graph, name, idx, groupSize, networkDatatype);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... inputs) throws InvalidInputTypeException {
        if (inputs.length != 1 || !(inputs[0] instanceof InputType.InputTypeConvolutional in)) {
            throw new InvalidInputTypeException("GroupSumVertex needs one convolutional (NCHW) input");
        }
        if (in.getChannels() % groupSize != 0) {
            throw new InvalidInputTypeException("GroupSumVertex: " + in.getChannels()
                    + " input channels are not a multiple of the group size " + groupSize);
        }
        return InputType.convolutional(in.getHeight(), in.getWidth(), in.getChannels() / groupSize, in.getFormat());
    }

    @Override
    public MemoryReport getMemoryReport(InputType... inputs) {
        InputType out = getOutputType(-1, inputs);
        return new LayerMemoryReport.Builder(null, GroupSumVertex.class, inputs[0], out)
                .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
    }

    @Override
    public String toString() {
        return "GroupSumVertex(groupSize=" + groupSize + ")";
    }
}
