package io.parzen.trainer.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Builds the U-Net of the seed's baseline as a DL4J computation graph.
 *
 * <p>Encoder level {@code i} (0..depth-1): two blocks of 3x3 convolution (no bias), batch norm and
 * ReLU with {@code base * 2^i} filters, then 2x2 max pooling; the bottleneck (level {@code depth})
 * is one more double block. Decoder level {@code i} (depth-1..0): 2x nearest up-sampling, concatenation
 * with the encoder's level-{@code i} output (the skip), and a double block with {@code base * 2^i}
 * filters. Head: a 1x1 convolution with 3 (baseline) or {@code 3 m} (grouped, followed by
 * {@link GroupSumVertex}) filters, then softmax with weighted cross-entropy per pixel. Adam; the
 * head's convolution learns at {@code learningRate * headLrMultiplier}. He initialisation, seeded.
 *
 * <p>Speed: cache mode {@code DEVICE} keeps each convolution's pre-output from the forward pass for
 * its backward pass (DL4J otherwise runs the forward convolution a second time there), and
 * {@link FastPath#install} gives the batch-norm layers {@link FastBatchNormHelper}. ReLU stays a
 * separate {@code ActivationLayer} (with {@link ReLU}, whose backward pass is faster than DL4J's): DL4J
 * M2.1's batch-norm layer ignores an {@code activation(...)} setting (its output is never passed
 * through it, with or without the oneDNN helper), so fusing it there would silently drop the ReLU.
 *
 * <p>Vertex names: input {@code image}; {@code enc<i>_conv<k>}, {@code enc<i>_bn<k>},
 * {@code enc<i>_relu<k>}, {@code pool<i>}, {@code up<i>}, {@code skip<i>}, {@code dec<i>_...},
 * {@code head}, {@code group_sum} (grouped only) and the output {@code loss}.
 */
public final class UNet {

    /** Name of the network's input. */
    public static final String INPUT = "image";
    /** Name of the head's 1x1 convolution. */
    public static final String HEAD = "head";
    /** Name of the group-sum vertex of the grouped head. */
    public static final String GROUP_SUM = "group_sum";
    /** Name of the output (loss) layer. */
    public static final String OUTPUT = "loss";

    private UNet() {}

    /** A new, initialised network whose Adam runs at the configuration's constant learning rate. */
    public static ComputationGraph build(NetConfig config) {
        return build(config, null);
    }

    /**
     * A new, initialised network whose Adam follows {@code schedule} (its peak is the configuration's
     * learning rate; the head's schedule is scaled by the head multiplier); null: constant rate.
     */
    public static ComputationGraph build(NetConfig config, LrSchedule schedule) {
        ComputationGraph net = new ComputationGraph(configuration(config, schedule));
        net.init();
        FastPath.install(net);
        FastPath.installUpdater(net);
        return net;
    }

    /** The graph configuration at a constant learning rate. */
    public static ComputationGraphConfiguration configuration(NetConfig c) {
        return configuration(c, null);
    }

    /** The graph configuration; {@code schedule} as in {@link #build(NetConfig, LrSchedule)}. */
    public static ComputationGraphConfiguration configuration(NetConfig c, LrSchedule schedule) {
        if (schedule != null && Double.compare(schedule.peak(), c.learningRate()) != 0) {
            throw new IllegalArgumentException("the schedule's peak " + schedule.peak()
                    + " differs from the learning rate " + c.learningRate());
        }
        GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .updater(adam(c.learningRate(), schedule, 1))
                .weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .cacheMode(CacheMode.DEVICE)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(c.tile(), c.tile(), c.channels(), CNN2DFormat.NCHW));

        String[] skips = new String[c.depth()];
        String last = INPUT;
        for (int level = 0; level < c.depth(); level++) {
            last = doubleBlock(g, "enc" + level, last, c.filters(level));
            skips[level] = last;
            String pool = "pool" + level;
            g.addLayer(pool, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                    .kernelSize(2, 2).stride(2, 2).build(), last);
            last = pool;
        }
        last = doubleBlock(g, "enc" + c.depth(), last, c.filters(c.depth()));
        for (int level = c.depth() - 1; level >= 0; level--) {
            String up = "up" + level;
            g.addLayer(up, new Upsampling2D.Builder(2).build(), last);
            String skip = "skip" + level;
            g.addVertex(skip, new MergeVertex(), up, skips[level]);
            last = doubleBlock(g, "dec" + level, skip, c.filters(level));
        }

        g.addLayer(HEAD, new ConvolutionLayer.Builder(1, 1)
                .nOut(c.headFilters())
                .activation(Activation.IDENTITY)
                .weightInit(WeightInit.XAVIER)
                .updater(adam(c.learningRate(), schedule, c.headLrMultiplier()))
                .build(), last);
        last = HEAD;
        if (c.head() == Head.GROUPED) {
            g.addVertex(GROUP_SUM, new GroupSumVertex(c.filtersPerClass()), last);
            last = GROUP_SUM;
        }
        g.addLayer(OUTPUT, new CnnLossLayer.Builder(new LossMCXENT(Nd4j.create(c.classWeights()).castTo(DataType.FLOAT)))
                .activation(Activation.SOFTMAX)
                .format(CNN2DFormat.NCHW)
                .build(), last);
        return g.setOutputs(OUTPUT).build();
    }

    /**
     * Replaces each layer's scheduled Adam with a plain one at the rate it has reached at
     * {@code iteration}, Adam's other settings kept, before the model is saved: a model trained on
     * from {@code model.zip} goes on at the rate training ended with, not at the start of the
     * schedule again, and its configuration needs no class of ours for its updater (the moments are
     * untouched).
     */
    public static void freezeLearningRates(ComputationGraph net, int iteration) {
        for (var layer : net.getLayers()) {
            if (layer.conf().getLayer() instanceof org.deeplearning4j.nn.conf.layers.BaseLayer base
                    && base.getIUpdater() instanceof Adam adam && adam.getLearningRateSchedule() != null) {
                double rate = adam.getLearningRateSchedule().valueAt(iteration, 0);
                base.setIUpdater(new Adam(rate, adam.getBeta1(), adam.getBeta2(), adam.getEpsilon()));
            }
        }
    }

    /** Adam at {@code lr * factor}, following {@code schedule} scaled by {@code factor} when there is one. */
    private static Adam adam(double lr, LrSchedule schedule, double factor) {
        return schedule == null ? new Adam(lr * factor) : new Adam(new StepSchedule(schedule.scaled(factor)));
    }

    /** Two conv + batch norm + ReLU blocks; returns the last vertex's name. */
    private static String doubleBlock(GraphBuilder g, String prefix, String input, int filters) {
        String last = input;
        for (int k = 1; k <= 2; k++) {
            String conv = prefix + "_conv" + k;
            String bn = prefix + "_bn" + k;
            String relu = prefix + "_relu" + k;
            g.addLayer(conv, new ConvolutionLayer.Builder(3, 3).nOut(filters).hasBias(false)
                    .activation(Activation.IDENTITY).build(), last);
            g.addLayer(bn, new BatchNormalization.Builder().build(), conv);
            g.addLayer(relu, new ActivationLayer.Builder().activation(new ReLU()).build(), bn);
            last = relu;
        }
        return last;
    }
}
