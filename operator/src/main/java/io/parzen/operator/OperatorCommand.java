package io.parzen.operator;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.parzen.operator.metrics.HttpEndpoints;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--lease-identity", defaultValue = "${env:POD_NAME}",
            description = {"This replica's name in the Lease, unique per replica (default: $POD_NAME, else host name-pid)."})
    String leaseIdentity;

    @Option(names = "--lease-duration", defaultValue = "PT15S",
            description = "How long the other replicas wait after the leader's last renewal before one takes over (default: ${DEFAULT-VALUE}).")
    Duration leaseDuration;

    @Option(names = "--renew-deadline", defaultValue = "PT10S",
            description = "How long the leader tries to renew the Lease before it gives up and exits (default: ${DEFAULT-VALUE}).")
    Duration renewDeadline;

    @Option(names = "--retry-period", defaultValue = "PT2S",
            description = "Pause between tries to acquire or renew the Lease (default: ${DEFAULT-VALUE}).")
    Duration retryPeriod;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port of the health and metrics endpoints; -1 disables (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--poll-interval", defaultValue = "PT10S",
            description = "How often running trials' metrics are read, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration pollInterval;

    @Option(names = "--threads", defaultValue = "10", description = "Concurrent reconciles (default: ${DEFAULT-VALUE}).")
    int threads;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Map<String, String> env;
    private volatile HttpEndpoints endpoints;

    /** With the process environment. */
    public OperatorCommand() {
        this(System.getenv());
    }

    /** With {@code env} for finding the kubeconfig (tests). */
    public OperatorCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Stops a running {@link #call()} (what SIGTERM does). */
    void stop() {
        stopped.countDown();
    }

    /** The port the endpoints listen on, once started; -1 before. */
    int httpPort() {
        HttpEndpoints e = endpoints;
        return e == null ? -1 : e.port();
    }

    /**
     * The replica's leader-election identity: {@code explicit} (--lease-identity, $POD_NAME) when
     * set, else the host name and the process id. Not JOSDK's default, $HOSTNAME alone: pods on the
     * host network and processes on one machine share it, and replicas with one identity all lead.
     */
    static String identity(String explicit, String hostnameEnv, long pid) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String host = hostnameEnv;
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
        }
        return host + "-" + pid;
    }

    @Override
    public Integer call() throws Exception {
        Set<String> watched = new LinkedHashSet<>(namespaces);
        ParzenOperator.LeaderElection election = leaderElection ? new ParzenOperator.LeaderElection(leaseNamespace,
                leaseName, identity(leaseIdentity, System.getenv("HOSTNAME"), ProcessHandle.current().pid()),
                leaseDuration, renewDeadline, retryPeriod) : null;
        ParzenOperator.Settings settings = new ParzenOperator.Settings(watched, election, pollInterval, threads);
        ApiServerSource source = ApiServerSource.locate(env, System::getProperty, java.nio.file.Files::exists);
        if (source.problem() != null) {
            throw new IllegalArgumentException(source.problem());
        }
        Config config = ApiServerConnection.config(source);
        ApiServerConnection.check(config, source);
        CountDownLatch closed = new CountDownLatch(1);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
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
            System.err.printf("parzen operator: API server %s (from %s), namespaces %s, leader election %s%s%n",
                    client.getMasterUrl(), source.where(), watched.isEmpty() ? "all" : watched,
                    election == null ? "off" : "on (Lease " + election.leaseNamespace() + "/" + election.leaseName()
                            + ", identity " + election.identity() + ")",
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
