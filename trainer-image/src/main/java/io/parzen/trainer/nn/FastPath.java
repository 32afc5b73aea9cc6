package io.parzen.trainer.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;

/**
 * Switches DL4J 1.0.0-M2.1 onto its native layer helpers (oneDNN on CPU, cuDNN on GPU) and reports
 * which layers use them. DL4J ships with the helpers disabled by the system property
 * {@value #DISABLE_HELPERS} (default {@code true}); with it false, and the bridge class
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} on the class path, convolution, pooling and batch
 * norm layers run on oneDNN: 12-30x faster than the built-in path (STACK.md).
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
