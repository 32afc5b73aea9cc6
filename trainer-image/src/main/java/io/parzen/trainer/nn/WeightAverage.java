package io.parzen.trainer.nn;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An exponential moving average of the network's weights, the model that is validated and saved
 * (Polyak averaging, as timm's {@code ModelEmaV2} and TensorFlow's {@code ExponentialMovingAverage}).
 *
 * <p>Why: with Adam the weights after the last step of an epoch carry that step's noise; two
 * consecutive epochs' end points can validate several points of building F1 apart although training
 * loss falls smoothly. The average over the last stretch of steps moves slowly, so the validation
 * figure a study optimizes follows the trend of training, not the last batch.
 *
 * <p>The decay after update {@code t} (1-based) is {@code min(decay, (1 + t) / (10 + t))}: early on
 * the average forgets fast (about the last 10% of the steps so far count), so a short run is not
 * held back by its random initialisation; later {@code decay} caps the horizon at about
 * {@code 1 / (1 - decay)} steps. Everything in the parameter vector is averaged, batch-norm running
 * statistics included; those are recomputed for the averaged weights before validation anyway.
 */
public final class WeightAverage {

    private final double decay;
    private INDArray average;
    private INDArray live;
    private long updates;

    /** @param decay in (0, 1): the cap of the per-update decay */
    public WeightAverage(double decay) {
        checkDecay(decay);
        if (decay == 0) {
            throw new IllegalArgumentException("a weight average needs a decay above 0; 0 turns averaging off");
        }
        this.decay = decay;
    }

    /** Rejects a decay outside [0, 1) with a message naming the option (0: no averaging). */
    public static void checkDecay(double decay) {
        if (!(decay >= 0 && decay < 1)) {
            throw new IllegalArgumentException("--ema-decay must be in [0, 1) (0: no weight averaging), got " + decay);
        }
    }

    /** The decay used at update {@code t} (1-based) with the given cap. */
    public static double decayAt(double cap, long t) {
        return Math.min(cap, (1.0 + t) / (10.0 + t));
    }

    /** Folds the network's current weights into the average; call after every optimiser step. */
    public void update(ComputationGraph net) {
        INDArray params = net.params();
        updates++;
        if (average == null) {
            average = params.dup();
            return;
        }
        double d = decayAt(decay, updates);
        // in place, no temporary: a new array per step is off-heap memory that JavaCPP reclaims with
        // System.gc() once the heap limit is near, which measured ~100 ms a step at -Xmx1g
        average.muli(d);
        Nd4j.getBlasWrapper().level1().axpy(average.length(), 1 - d, params, average);
    }

    /** Puts the averaged weights into the network, keeping the trained ones aside; no-op before any update. */
    public void swapIn(ComputationGraph net) {
        if (average == null || live != null) {
            return;
        }
        live = net.params().dup();
        net.params().assign(average);
    }

    /** Puts the trained weights back after {@link #swapIn}; the optimiser's state was never touched. */
    public void swapOut(ComputationGraph net) {
        if (live == null) {
            return;
        }
        net.params().assign(live);
        live = null;
    }
}
