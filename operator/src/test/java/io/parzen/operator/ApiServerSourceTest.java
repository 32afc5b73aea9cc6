package io.parzen.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ApiServerSourceTest {
    static final Path TOKEN = Path.of(ApiServerSource.TOKEN);
    /** A kubeconfig whose server nothing listens on. */
    public static final String UNREACHABLE = """
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
            users: [{name: u, user: {token: t}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """;

    static ApiServerSource locate(Map<String, String> env, Map<String, String> properties, Set<Path> files) {
        return ApiServerSource.locate(env, properties::get, files::contains);
    }

    @Test
    void theKubernetesMasterSettingComesFirst() {
        ApiServerSource s = locate(Map.of("KUBECONFIG", "/missing"), Map.of("kubernetes.master", "https://10.0.0.1"), Set.of());
        assertEquals("the kubernetes.master setting https://10.0.0.1", s.where());
        assertNull(s.problem());
    }

    @Test
    void kubeconfigFromTheVariableElseTheHomeFolder() {
        ApiServerSource named = locate(Map.of("KUBECONFIG", "/a/config", "HOME", "/h"), Map.of(), Set.of(Path.of("/a/config")));
        assertEquals(List.of(Path.of("/a/config")), named.kubeconfigs());
        ApiServerSource home = locate(Map.of("HOME", "/h"), Map.of(), Set.of(Path.of("/h/.kube/config")));
        assertEquals("kubeconfig /h/.kube/config", home.where());
    }

    @Test
    void aKubeconfigVariableNamingNoFileIsTheProblemEvenInAPod() {
        ApiServerSource s = locate(Map.of("KUBECONFIG", "/tmp/nope", "KUBERNETES_SERVICE_HOST", "10.0.0.1"), Map.of(), Set.of(TOKEN));
        assertNull(s.where());
        assertEquals("no kubeconfig: KUBECONFIG names /tmp/nope, which does not exist (point KUBECONFIG at your cluster's "
                + "kubeconfig, e.g. ~/.kube/config)", s.problem());
    }

    @Test
    void inAPodTheServiceAccount() {
        ApiServerSource s = locate(Map.of("HOME", "/h", "KUBERNETES_SERVICE_HOST", "10.0.0.1"), Map.of(), Set.of(TOKEN));
        assertEquals("the pod's service account (https://10.0.0.1)", s.where());
    }

    @Test
    void nothingAnywhereNamesEveryPlaceLookedAt() {
        ApiServerSource s = locate(Map.of("HOME", "/h"), Map.of(), Set.of());
        assertEquals("no API server configured: no kubeconfig at /h/.kube/config and KUBECONFIG is unset, and this is not a pod "
                + "in a cluster (KUBERNETES_SERVICE_HOST is unset); set KUBECONFIG to your cluster's kubeconfig", s.problem());
        Map<String, String> pod = new HashMap<>(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1"));
        assertTrue(locate(pod, Map.of(), Set.of()).problem().contains("no service account token at " + TOKEN), "host set, no token");
    }

    @Test
    void anUnreachableServerIsNamedWithWhereItCameFromWithinSeconds(@TempDir Path dir) throws IOException {
        Path kubeconfig = Files.writeString(dir.resolve("config"), UNREACHABLE);
        ApiServerSource s = locate(Map.of("KUBECONFIG", kubeconfig.toString()), Map.of(), Set.of(kubeconfig));
        long start = System.nanoTime();
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ApiServerConnection.check(ApiServerConnection.config(s), s));
        assertTrue((System.nanoTime() - start) / 1e9 < 2 * ApiServerConnection.CHECK_TIMEOUT_MILLIS / 1000.0, "within seconds");
        assertEquals("cannot reach the API server https://127.0.0.1:1/ (from kubeconfig " + kubeconfig + "): the connection was "
                + "refused (is the cluster running, and is this its address?)", e.getMessage());
    }
}
