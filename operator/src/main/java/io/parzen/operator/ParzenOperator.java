package io.parzen.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.parzen.operator.controller.KubernetesEventRecorder;
import io.parzen.operator.controller.S3TrialOutputs;
import io.parzen.operator.controller.SecretCredentials;
import io.parzen.operator.controller.StudyReconciler;
import io.parzen.operator.controller.StudyReports;
import io.parzen.operator.controller.TrialReconciler;
import io.parzen.operator.controller.ValidationCache;
import io.parzen.operator.metrics.OperatorMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and runs the operator: the Study and Trial reconcilers on JOSDK, configured without
 * server-side apply (plain creates, updates and JSON patches work on every API server, the fabric8
 * mock included), with optional leader election. The one place that wires the collaborators.
 */
public final class ParzenOperator implements AutoCloseable {
    private final Operator operator;
    private final KubernetesEventRecorder events;
    private final S3TrialOutputs outputs;
    private final StudyReconciler studies;
    private final StudyReports reports;
    private final OperatorMetrics metrics;
    private volatile boolean stopping;
    private static final Logger LOG = LoggerFactory.getLogger(ParzenOperator.class);

    /**
     * The operator's settings.
     *
     * @param namespaces the namespaces to watch; empty for all
     * @param leaderElection the leader election; null disables it
     * @param pollInterval how often running trials' metrics are read
     * @param reconcileThreads concurrent reconciles
     */
    public record Settings(Set<String> namespaces, LeaderElection leaderElection, Duration pollInterval,
            int reconcileThreads) {

        /** Defaults: all namespaces, no leader election, poll every 10 s, 10 threads. */
        public static Settings defaults() {
            return new Settings(Set.of(), null, Duration.ofSeconds(10), 10);
        }
    }

    /**
     * Leader election through a {@code coordination.k8s.io} Lease.
     *
     * @param leaseNamespace where the Lease lives
     * @param leaseName the Lease's name
     * @param identity this replica's name in the Lease's {@code holderIdentity}: unique per replica
     *     (two replicas with one identity would both lead)
     * @param leaseDuration how long the others wait after the last renewal before taking over
     * @param renewDeadline how long the leader keeps trying to renew before it gives up (and exits)
     * @param retryPeriod the pause between tries to acquire or renew
     */
    public record LeaderElection(String leaseNamespace, String leaseName, String identity, Duration leaseDuration,
            Duration renewDeadline, Duration retryPeriod) {

        /** Kubernetes' (and JOSDK's) defaults: 15 s lease, 10 s renew deadline, 2 s retry period. */
        public static final Duration LEASE_DURATION = Duration.ofSeconds(15);
        public static final Duration RENEW_DEADLINE = Duration.ofSeconds(10);
        public static final Duration RETRY_PERIOD = Duration.ofSeconds(2);

        /** Checks what fabric8's elector checks only once it starts. */
        public LeaderElection {
            java.util.Objects.requireNonNull(leaseNamespace, "leaseNamespace");
            java.util.Objects.requireNonNull(leaseName, "leaseName");
            if (identity == null || identity.isBlank()) {
                throw new IllegalArgumentException("the leader-election identity must not be empty");
            }
            // The Lease stores leaseDurationSeconds: whole seconds (fabric8 truncates).
            if (leaseDuration.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("the lease duration must be at least 1 s: " + leaseDuration);
            }
            if (leaseDuration.compareTo(renewDeadline) <= 0) {
                throw new IllegalArgumentException("the lease duration (" + leaseDuration
                        + ") must be longer than the renew deadline (" + renewDeadline + ")");
            }
            // fabric8: renewDeadline > retryPeriod * 1.2 (its jitter factor)
            if (renewDeadline.toMillis() <= retryPeriod.toMillis() * 1.2) {
                throw new IllegalArgumentException("the renew deadline (" + renewDeadline
                        + ") must be longer than 1.2 times the retry period (" + retryPeriod + ")");
            }
            if (retryPeriod.isNegative() || retryPeriod.isZero()) {
                throw new IllegalArgumentException("the retry period must be positive: " + retryPeriod);
            }
        }

        /** With the default durations. */
        public static LeaderElection of(String leaseNamespace, String leaseName, String identity) {
            return new LeaderElection(leaseNamespace, leaseName, identity, LEASE_DURATION, RENEW_DEADLINE, RETRY_PERIOD);
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
            LeaderElection election = settings.leaderElection();
            if (election != null) {
                o.withLeaderElectionConfiguration(LeaderElectionConfigurationBuilder
                        .aLeaderElectionConfiguration(election.leaseName())
                        .withLeaseNamespace(election.leaseNamespace())
                        // JOSDK's default identity, $HOSTNAME, is the node's name for every pod on the
                        // host network (and one name for all processes on a machine): all would lead.
                        .withIdentity(election.identity())
                        .withLeaseDuration(election.leaseDuration())
                        .withRenewDeadline(election.renewDeadline())
                        .withRetryPeriod(election.retryPeriod())
                        .withLeaderCallbacks(new LeaderCallbacks(() -> { }, () -> stoppedLeading(election), id -> { }))
                        // JOSDK 5.3.2's build() turns its own exit on lost leadership off (fixed upstream
                        // after 5.3.2, java-operator-sdk#3619): stoppedLeading exits instead.
                        .build());
            }
        });
        ValidationCache validations = new ValidationCache();
        this.reports = new StudyReports(outputs::store, client, events, clock);
        this.studies = new StudyReconciler(credentials, events, metrics, clock, validations, reports);
        operator.register(studies, namespaces(settings));
        operator.register(new TrialReconciler(outputs, events, metrics, clock, settings.pollInterval(), validations),
                namespaces(settings));
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

    /**
     * This replica no longer holds the Lease: a renewal failed for the renew deadline, so another
     * replica may lead already. JOSDK would go on reconciling; exit instead (the shutdown hook stops
     * the controllers, the pod restarts and campaigns again). Not when {@link #close()} stopped the
     * election: a graceful stop must not turn into exit status 1 (nor block in System.exit inside the
     * shutdown hook).
     */
    private void stoppedLeading(LeaderElection election) {
        if (stopping) {
            return;
        }
        LOG.error("lost the Lease {}/{} as {}: exiting, so that two replicas never reconcile at once",
                election.leaseNamespace(), election.leaseName(), election.identity());
        // From a thread of its own: this one belongs to an executor that the shutdown waits for.
        new Thread(() -> System.exit(1), "parzen-lost-lease").start();
    }

    /**
     * Stops the controllers, then the Study controller's threads and the report writer (a report
     * being drawn gets a few seconds), and closes the object-store clients.
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        operator.stop();
        studies.close();
        reports.close();
        events.close();
        outputs.close();
    }
}
