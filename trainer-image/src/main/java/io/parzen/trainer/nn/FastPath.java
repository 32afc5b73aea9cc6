package io.parzen.trainer.nn;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;

/**
 * Switches DL4J 1.0.0-M2.1 onto its native layer helpers (oneDNN on CPU, cuDNN on GPU) and reports
 * which layers use them. DL4J ships with the helpers disabled by the system property
 * {@value #DISABLE_HELPERS} (default {@code true}); with it false, and the bridge class
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} on the class path, convolution, pooling and batch
 * norm layers run on oneDNN: 12-30x faster than the built-in path (docs/stack.md).
 */
public final class FastPath {

    /** DL4J's switch for all native layer helpers. */
    public static final String DISABLE_HELPERS = "org.eclipse.deeplearning4j.helpers.disable";

    private FastPath() {}

    /**
     * Enables the helpers unless the user set {@value #DISABLE_HELPERS} explicitly. Call before any
     * network is built: helpers are chosen when a layer is created.
     */
    public static void enable() {
        if (System.getProperty(DISABLE_HELPERS) == null) {
            System.setProperty(DISABLE_HELPERS, "false");
        }
    }

    /** Whether new layers would get native helpers (the property says so). */
    public static boolean enabled() {
        return "false".equalsIgnoreCase(System.getProperty(DISABLE_HELPERS, "true"));
    }

    /**
     * Replaces DL4J's oneDNN batch-norm helper in every batch-norm layer of {@code net} by
     * {@link FastBatchNormHelper} (oneDNN's forward kernel, batch statistics and backward pass in Java). Layers without a
     * helper, or with another one (cuDNN on a GPU), are left alone. Call after {@code net.init()}; a
     * network restored from a file gets DL4J's own helper back until this is called on it. Returns how
     * many layers were changed.
     */
    public static int install(ComputationGraph net) {
        int changed = 0;
        for (Layer layer : net.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization bn
                    && bn.getHelper() != null && bn.getHelper().getClass() == MKLDNNBatchNormHelper.class) {
                try {
                    HELPER_FIELD.set(bn, new FastBatchNormHelper(net.getConfiguration().getDataType()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot set the batch-norm helper of " + bn.getConfig().getLayerName(), e);
                }
                changed++;
            }
        }
        return changed;
    }

    /**
     * Gives {@code net} a {@link DirectGradientUpdater} (same update, without DL4J's "external gradient"
     * detour). Call after {@code net.init()} and before training: the updater starts with fresh state.
     */
    public static void installUpdater(ComputationGraph net) {
        net.setUpdater(new DirectGradientUpdater(net));
    }

    /** DL4J keeps a batch-norm layer's helper in a package-private field, with no setter. */
    private static final Field HELPER_FIELD;

    static {
        try {
            HELPER_FIELD = org.deeplearning4j.nn.layers.normalization.BatchNormalization.class.getDeclaredField("helper");
            HELPER_FIELD.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The helper class of every layer that has one, by layer name; layers without a helper map to "none". */
    public static Map<String, String> helpers(ComputationGraph net) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Layer layer : net.getLayers()) {
            LayerHelper helper = layer.getHelper();
            out.put(layer.getConfig().getLayerName(), helper == null ? "none" : helper.getClass().getSimpleName());
        }
        return out;
    }
}
