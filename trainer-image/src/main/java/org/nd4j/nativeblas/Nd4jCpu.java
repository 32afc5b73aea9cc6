package org.nd4j.nativeblas;

import java.lang.reflect.Method;

/**
 * A bridge under the class name DL4J 1.0.0-M2.1 still looks for when it decides whether to use the
 * oneDNN layer helpers ({@code BaseMKLDNNHelper.mklDnnEnabled()} loads
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} and calls {@code getInstance().isUseMKLDNN()}).
 * M2.1 moved the binding to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment} and
 * renamed the method {@code isUseONEDNN()}, so without this class DL4J logs "Cannot find class" and
 * silently runs every convolution, pooling and batch norm on its slow built-in path (docs/stack.md,
 * "Trainer side"). The binding is reached by reflection so that the CUDA build, which has no CPU
 * backend on its class path, still compiles; there DL4J never asks (its check is for the CPU backend).
 */
public final class Nd4jCpu {

    private Nd4jCpu() {}

    /** The environment view DL4J's oneDNN check expects. */
    public static final class Environment {

        private static final String BINDING = "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment";
        private static final Environment INSTANCE = new Environment();

        private Environment() {}

        /** The one instance, as the native binding's {@code getInstance()}. */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /** Whether the native library was built with oneDNN and uses it; forwards to {@code isUseONEDNN()}. */
        public boolean isUseMKLDNN() {
            return (Boolean) call("isUseONEDNN", new Class<?>[0]);
        }

        /** Whether native helpers (oneDNN, cuDNN) are allowed at all; forwards to the binding. */
        public boolean helpersAllowed() {
            return (Boolean) call("helpersAllowed", new Class<?>[0]);
        }

        /** Allows or forbids native helpers; forwards to the binding (DL4J's test utilities call it). */
        public void allowHelpers(boolean allow) {
            call("allowHelpers", new Class<?>[] {boolean.class}, allow);
        }

        private static Object call(String method, Class<?>[] types, Object... args) {
            try {
                Class<?> binding = Class.forName(BINDING);
                Object instance = binding.getMethod("getInstance").invoke(null);
                Method m = binding.getMethod(method, types);
                return m.invoke(instance, args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the ND4J CPU backend binding " + BINDING + "." + method
                        + " is not available", e);
            }
        }
    }
}
