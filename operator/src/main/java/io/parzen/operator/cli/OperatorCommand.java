package io.parzen.operator.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.parzen.operator.ParzenOperator;
import io.parzen.operator.metrics.HttpEndpoints;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parzen operator}: runs the controller against the cluster of the current kubeconfig. */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = {"Run the Study/Trial operator against the cluster in the current kubeconfig (or in-cluster config).",
            "Serves /healthz, /readyz and /metrics (Prometheus) on --http-port."})
public final class OperatorCommand implements Callable<Integer> {

    @Option(names = {"-n", "--namespace"}, split = ",", paramLabel = "NS",
            description = "Namespace(s) to watch (repeat or comma-separate); all namespaces when omitted.")
    List<String> namespaces = List.of();

    @Option(names = "--leader-election", description = {"Elect a leader through a Lease so that several replicas can run.",
        "A replica that stops leading (also when it is stopped) exits, so that its pod restarts."})
    boolean leaderElection;

    @Option(names = "--lease-namespace", defaultValue = "${env:POD_NAMESPACE:-default}",
            description = "Namespace of the leader-election Lease (default: $POD_NAMESPACE or default).")
    String leaseNamespace;

    @Option(names = "--lease-name", defaultValue = "parzen-operator", description = "Name of the Lease (default: ${DEFAULT-VALUE}).")
    String leaseName;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port of the health and metrics endpoints; -1 disables (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--poll-interval", defaultValue = "PT10S",
            description = "How often running trials' metrics are read, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(names = "--threads", defaultValue = "10", description = "Concurrent reconciles (default: ${DEFAULT-VALUE}).")
    int threads;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile HttpEndpoints endpoints;

    /** Stops a running {@link #call()} (what SIGTERM does). */
    void stop() {
        stopped.countDown();
    }

    /** The port the endpoints listen on, once started; -1 before. */
    int httpPort() {
        HttpEndpoints e = endpoints;
        return e == null ? -1 : e.port();
    }

    @Override
    public Integer call() throws Exception {
        Set<String> watched = new LinkedHashSet<>(namespaces);
        ParzenOperator.Settings settings = new ParzenOperator.Settings(watched, leaderElection ? leaseNamespace : null,
                leaseName, pollInterval, threads);
        CountDownLatch closed = new CountDownLatch(1);
        try (KubernetesClient client = new KubernetesClientBuilder().build();
                ParzenOperator operator = new ParzenOperator(client, settings);
                HttpEndpoints http = httpPort < 0 ? null : HttpEndpoints.start(httpPort, operator::ready, operator.metrics()::scrape)) {
            // On SIGTERM: let the main thread stop the operator and close the client before the JVM exits.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parzen-shutdown"));
            System.err.printf("parzen operator: API server %s, namespaces %s, leader election %s%s%n",
                    client.getMasterUrl(), watched.isEmpty() ? "all" : watched, leaderElection ? "on" : "off",
                    http == null ? "" : ", http port " + http.port());
            operator.start();
            endpoints = http;
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
