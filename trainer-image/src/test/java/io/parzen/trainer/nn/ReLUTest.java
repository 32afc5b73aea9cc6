package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The faster ReLU computes exactly what DL4J's does, forward and backward (zero included). */
class ReLUTest {

    @Test
    void sameValuesAndGradientsAsDl4jsRelu() {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.randn(DataType.FLOAT, 4, 3, 8, 8);
        x.putScalar(0, 0f); // the kink: both give gradient 0 there
        INDArray eps = Nd4j.randn(DataType.FLOAT, 4, 3, 8, 8);
        assertEquals(new ActivationReLU().getActivation(x.dup(), true), new ReLU().getActivation(x.dup(), true));
        INDArray expected = new ActivationReLU().backprop(x.dup(), eps.dup()).getFirst();
        INDArray actual = new ReLU().backprop(x.dup(), eps.dup()).getFirst();
        assertEquals(expected, actual);
        assertEquals(0.0, actual.getDouble(0), 0.0);
    }

    @Test
    void serialisesByClassName() {
        var conf = UNet.configuration(NetConfig.small(1));
        var back = org.deeplearning4j.nn.conf.ComputationGraphConfiguration.fromJson(conf.toJson());
        assertEquals(conf, back);
    }
}
