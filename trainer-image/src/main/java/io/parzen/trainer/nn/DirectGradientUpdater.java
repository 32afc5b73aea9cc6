package io.parzen.trainer.nn;

import java.util.Map;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.updater.graph.ComputationGraphUpdater;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's computation-graph updater, taking its standard path for the network's own gradient.
 *
 * <p>In DL4J 1.0.0-M2.1 the updater decides that a gradient is "external" (computed by another network)
 * when {@code gradient.gradient() != getFlattenedGradientsView()}, an identity test; but
 * {@code DefaultGradient.gradient()} returns a new reshaped view on every call, so the network's own
 * gradient always looks external. The external path computes the same update into the same memory,
 * but creates two views per parameter variable per step (for a regularisation that is not configured)
 * and recomputes the minibatch-division subsets: half of the updater's time in a small U-Net step.
 * This class passes such a gradient on as the very view object the updater expects, when it is a view
 * of the network's flattened gradient (same buffer, offset and length), so the standard path runs;
 * any other gradient goes to DL4J unchanged.
 */
public final class DirectGradientUpdater extends ComputationGraphUpdater {

    private static final long serialVersionUID = 1L;

    /** An updater for {@code graph} with fresh state (call before training). */
    public DirectGradientUpdater(ComputationGraph graph) {
        super(graph);
    }

    @Override
    public synchronized void update(Gradient gradient, int iteration, int epoch, int batchSize,
            LayerWorkspaceMgr workspaceMgr) {
        INDArray view = getFlattenedGradientsView();
        INDArray flat = gradient.gradient();
        boolean own = flat != null && view != null && flat.length() == view.length() && flat.offset() == view.offset()
                && flat.data().address() == view.data().address();
        super.update(own ? new SameView(gradient, view) : gradient, iteration, epoch, batchSize, workspaceMgr);
    }

    /** The per-variable gradients of {@code of}, with {@link #gradient()} the updater's own view object. */
    private static final class SameView extends DefaultGradient {
        private final INDArray view;

        SameView(Gradient of, INDArray view) {
            super(view);
            this.view = view;
            for (Map.Entry<String, INDArray> e : of.gradientForVariable().entrySet()) {
                setGradientFor(e.getKey(), e.getValue(), of.flatteningOrderForVariable(e.getKey()));
            }
        }

        @Override
        public INDArray gradient() {
            return view;
        }
    }
}
