package io.parzen.operator;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where {@code parzen operator} finds its API server, in the Kubernetes client's order: the
 * {@code kubernetes.master} setting, a kubeconfig ({@code $KUBECONFIG}, else
 * {@code ~/.kube/config}), then the pod's service account. Pure: the environment, the system
 * properties and the file system come in as arguments.
 *
 * @param where what was found, for messages ("kubeconfig /home/me/.kube/config"); null with a problem
 * @param kubeconfigs the kubeconfig files that exist, when a kubeconfig is the source; else empty
 * @param problem why there is no API server, naming every place looked at; null when one was found
 */
record ApiServerSource(String where, List<Path> kubeconfigs, String problem) {
    static final String KUBECONFIG = "KUBECONFIG";
    static final String SERVICE_HOST = "KUBERNETES_SERVICE_HOST";
    static final String TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";

    ApiServerSource {
        kubeconfigs = List.copyOf(kubeconfigs);
    }

    /**
     * @param env the environment
     * @param property a system property by name (null when unset)
     * @param exists whether a file exists
     */
    static ApiServerSource locate(Map<String, String> env, Function<String, String> property, Predicate<Path> exists) {
        String master = first(property.apply("kubernetes.master"), env.get("KUBERNETES_MASTER"));
        if (master != null) {
            return new ApiServerSource("the kubernetes.master setting " + master, List.of(), null);
        }
        String listed = first(property.apply("kubeconfig"), env.get(KUBECONFIG));
        List<Path> candidates = new ArrayList<>();
        if (listed != null) {
            for (String part : listed.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    candidates.add(Path.of(part));
                }
            }
        } else if (env.get("HOME") != null) {
            candidates.add(Path.of(env.get("HOME"), ".kube", "config"));
        }
        boolean tryKubeconfig = !"false".equals(property.apply("kubernetes.auth.tryKubeConfig"));
        List<Path> found = candidates.stream().filter(exists).toList();
        if (tryKubeconfig && !found.isEmpty()) {
            return new ApiServerSource("kubeconfig " + String.join(File.pathSeparator, found.stream().map(Path::toString).toList()),
                    found, null);
        }
        if (tryKubeconfig && listed != null) {
            return new ApiServerSource(null, List.of(), "no kubeconfig: KUBECONFIG names " + listed + ", which does not exist"
                    + " (point KUBECONFIG at your cluster's kubeconfig, e.g. ~/.kube/config)");
        }
        String host = env.get(SERVICE_HOST);
        if (host != null && !host.isBlank() && exists.test(Path.of(TOKEN))) {
            return new ApiServerSource("the pod's service account (https://" + host + ")", List.of(), null);
        }
        String looked = candidates.isEmpty() ? "KUBECONFIG and HOME are unset" : "no kubeconfig at " + candidates.get(0)
                + " and KUBECONFIG is unset";
        String inCluster = host == null || host.isBlank() ? SERVICE_HOST + " is unset" : "no service account token at " + TOKEN;
        return new ApiServerSource(null, List.of(), "no API server configured: " + looked + ", and this is not a pod in a cluster ("
                + inCluster + "); set KUBECONFIG to your cluster's kubeconfig");
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
