package io.parzen.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.parzen.operator.controller.KubernetesEventRecorder;
import io.parzen.operator.controller.S3TrialOutputs;
import io.parzen.operator.controller.SecretCredentials;
import io.parzen.operator.controller.StudyReconciler;
import io.parzen.operator.controller.TrialReconciler;
import io.parzen.operator.metrics.OperatorMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds and runs the operator: the Study and Trial reconcilers on JOSDK, configured without
 * server-side apply (plain creates, updates and JSON patches work on every API server, the fabric8
 * mock included), with optional leader election. The one place that wires the collaborators.
 */
public final class ParzenOperator implements AutoCloseable {
    private final Operator operator;
    private final KubernetesEventRecorder events;
    private final S3TrialOutputs outputs;
    private final OperatorMetrics metrics;

    /**
     * The operator's settings.
     *
     * @param namespaces the namespaces to watch; empty for all
     * @param leaseNamespace where the leader-election Lease lives; null disables leader election
     * @param leaseName the Lease's name
     * @param pollInterval how often running trials' metrics are read
     * @param reconcileThreads concurrent reconciles
     */
    public record Settings(Set<String> namespaces, String leaseNamespace, String leaseName, Duration pollInterval,
            int reconcileThreads) {

        /** Defaults: all namespaces, no leader election, poll every 10 s, 10 threads. */
        public static Settings defaults() {
            return new Settings(Set.of(), null, "parzen-operator", Duration.ofSeconds(10), 10);
        }
    }

    /** Wires the operator on {@code client}; {@link #start()} runs it. The client is not closed here. */
    public ParzenOperator(KubernetesClient client, Settings settings) {
        this.metrics = new OperatorMetrics();
        this.events = new KubernetesEventRecorder(client);
        Clock clock = Clock.systemUTC();
        SecretCredentials credentials = new SecretCredentials(client, Duration.ofSeconds(60), clock);
        this.outputs = new S3TrialOutputs(credentials);
        this.operator = new Operator(o -> {
            o.withKubernetesClient(client)
                    .withCloseClientOnStop(false)
                    .withUseSSAToPatchPrimaryResource(false)
                    .withSSABasedCreateUpdateMatchForDependentResources(false)
                    .withConcurrentReconciliationThreads(settings.reconcileThreads())
                    .withStopOnInformerErrorDuringStartup(true);
            if (settings.leaseNamespace() != null) {
                // JOSDK exits the JVM when this replica stops leading (also on stop): the pod restarts
                // and campaigns again. It insists on that outside tests.
                o.withLeaderElectionConfiguration(LeaderElectionConfigurationBuilder
                        .aLeaderElectionConfiguration(settings.leaseName())
                        .withLeaseNamespace(settings.leaseNamespace())
                        .build());
            }
        });
        operator.register(new StudyReconciler(credentials, events, metrics, clock), namespaces(settings));
        operator.register(new TrialReconciler(outputs, events, metrics, clock, settings.pollInterval()), namespaces(settings));
    }

    private static <R extends io.fabric8.kubernetes.api.model.HasMetadata> Consumer<ControllerConfigurationOverrider<R>>
            namespaces(Settings settings) {
        return o -> {
            if (settings.namespaces().isEmpty()) {
                o.watchingAllNamespaces();
            } else {
                o.settingNamespaces(settings.namespaces());
            }
        };
    }

    /** Starts the informers and controllers (returns once they are started). */
    public void start() {
        operator.start();
    }

    /** Whether the operator runs and its informers are healthy. */
    public boolean ready() {
        return operator.getRuntimeInfo().isStarted() && operator.getRuntimeInfo().allEventSourcesAreHealthy();
    }

    /** The metrics. */
    public OperatorMetrics metrics() {
        return metrics;
    }

    /** Stops the controllers and closes the object-store clients. */
    @Override
    public void close() throws InterruptedException {
        operator.stop();
        events.close();
        outputs.close();
    }
}
