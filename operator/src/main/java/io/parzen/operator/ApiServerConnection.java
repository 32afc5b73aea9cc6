package io.parzen.operator;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Builds the operator's client from an {@link ApiServerSource} and checks, within seconds, that the
 * API server answers; otherwise says which server, where it came from and why.
 */
final class ApiServerConnection {
    /** How long the check waits to connect and for the answer. */
    static final int CHECK_TIMEOUT_MILLIS = 5_000;

    private ApiServerConnection() {}

    /** The client configuration: the one kubeconfig file found, else the client's own lookup. */
    static Config config(ApiServerSource source) {
        if (source.kubeconfigs().size() == 1) {
            return Config.fromKubeconfig(null, source.kubeconfigs().get(0).toFile());
        }
        return Config.autoConfigure(null);
    }

    /**
     * Asks the server for its version once, without retries.
     *
     * @throws IOException when it cannot be reached or refuses the credentials, naming the server and {@code source}
     */
    static void check(Config config, ApiServerSource source) throws IOException {
        Config once = new ConfigBuilder(config).withRequestRetryBackoffLimit(0).withConnectionTimeout(CHECK_TIMEOUT_MILLIS)
                .withRequestTimeout(CHECK_TIMEOUT_MILLIS).build();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(once).build()) {
            client.getKubernetesVersion();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 401 || e.getCode() == 403) {
                throw new IOException("the API server " + config.getMasterUrl() + " (from " + source.where() + ") refused "
                        + "the credentials (HTTP " + e.getCode() + "); check the user of the current context");
            }
            if (e.getCode() <= 0) {
                throw new IOException("cannot reach the API server " + config.getMasterUrl() + " (from " + source.where()
                        + "): " + rootCause(e));
            }
            // any other answer means the server is there
        }
    }

    /** Why the connection failed, in words: the JDK's client says it with exception classes, often without a message. */
    static String rootCause(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        if (chain.stream().anyMatch(t -> t instanceof UnresolvedAddressException || t instanceof UnknownHostException)) {
            return "its host name does not resolve";
        }
        if (chain.stream().anyMatch(t -> t instanceof HttpTimeoutException || t instanceof SocketTimeoutException)) {
            return "no answer within " + CHECK_TIMEOUT_MILLIS / 1000 + " s";
        }
        for (Throwable t : chain) {
            if (t instanceof SSLException) {
                return "TLS failed: " + t.getMessage();
            }
        }
        if (chain.stream().anyMatch(t -> t instanceof ConnectException)) {
            return "the connection was refused (is the cluster running, and is this its address?)";
        }
        Throwable deepest = chain.get(chain.size() - 1);
        String m = deepest.getMessage();
        return m == null || m.isBlank() ? deepest.getClass().getSimpleName() : m;
    }
}
