package io.parzen.operator.it;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.parzen.operator.api.Trial;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialResult;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Plays the Job controller and the trainer on the mock API server, which runs no controllers: for
 * each new trial Job it marks the Job running, writes {@code metrics.jsonl} epoch by epoch and
 * {@code result.json} with the storage module's {@link TrialOutputWriter} (as the trainer does), then
 * marks the Job complete or failed. It writes only the Job's {@code /status}. A deleted Job (an
 * early stop) stops its script. It counts the Jobs running at once, to check parallelism.
 */
final class JobControllerDouble implements AutoCloseable {
    private final KubernetesClient client;
    private final ObjectStore store;
    private final BiFunction<String, Map<String, String>, TrialScript> scripts;
    private final ScheduledExecutorService executor;
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    /** Objective written to result.json, by trial name. */
    final Map<String, Double> results = new ConcurrentHashMap<>();
    /** Instant a Job was marked complete, by trial name (for the benchmark). */
    /** When each Job's Complete status write began (before its GET and update round trips). */
    final Map<String, Long> completingNanos = new ConcurrentHashMap<>();
    /** When each Job's Complete status write returned: the API server holds it. */
    final Map<String, Long> completedNanos = new ConcurrentHashMap<>();
    private final Watch watch;

    /**
     * @param scripts the script of a trial, from its name and parameters (PARZEN_PARAMS)
     */
    JobControllerDouble(KubernetesClient client, String namespace, ObjectStore store,
            BiFunction<String, Map<String, String>, TrialScript> scripts) {
        this(client, namespace, store, scripts, 4);
    }

    /** With {@code threads} trainers at once (one per running Job). */
    JobControllerDouble(KubernetesClient client, String namespace, ObjectStore store,
            BiFunction<String, Map<String, String>, TrialScript> scripts, int threads) {
        this.executor = Executors.newScheduledThreadPool(threads);
        this.client = client;
        this.store = store;
        this.scripts = scripts;
        this.watch = client.batch().v1().jobs().inNamespace(namespace).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Job job) {
                String name = job.getMetadata().getName();
                if (action == Action.DELETED) {
                    deleted.add(name);
                } else if (action == Action.ADDED && started.add(name)) {
                    executor.execute(() -> run(job));
                }
            }

            @Override
            public void onClose(WatcherException cause) {
                // closed with the test
            }
        });
    }

    int maxRunning() {
        return maxRunning.get();
    }

    int jobsSeen() {
        return started.size();
    }

    private void run(Job job) {
        String name = job.getMetadata().getName();
        String study = job.getMetadata().getLabels().get(Trial.STUDY_LABEL);
        Map<String, String> params = params(job);
        TrialScript script = scripts.apply(name, params);
        int now = running.incrementAndGet();
        maxRunning.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try {
            if (script.unschedulableMillis() > 0) {
                unschedulablePod(job, name);
                Thread.sleep(script.unschedulableMillis());
                client.pods().inNamespace(job.getMetadata().getNamespace()).withName(name + "-pod").delete();
            }
            status(job, new JobStatusBuilder().withActive(1).withReady(1).withStartTime(Instant.now().toString()).build());
            TrialOutputWriter writer = new TrialOutputWriter(store, ObjectLayout.trial(study, name));
            writer.params(params);
            double best = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            for (int e = 1; e <= script.values().size(); e++) {
                Thread.sleep(script.epochMillis());
                if (deleted.contains(name)) {
                    return;
                }
                double v = script.values().get(e - 1);
                writer.append(MetricsLine.of(e, v + 0.1, v).withPlannedEpochs(script.values().size()));
                if (v < best) {
                    best = v;
                    bestEpoch = e;
                }
            }
            if (deleted.contains(name)) {
                return;
            }
            // Count the Job as done before the operator can see it, so a replacement never overlaps it.
            running.decrementAndGet();
            counted = false;
            switch (script.ending()) {
                case SUCCEED -> {
                    writer.result(TrialResult.succeeded(MetricsLine.VAL_LOSS, best, bestEpoch, script.values().size(), 1.0));
                    results.put(name, best);
                    complete(job, "Complete", null);
                }
                case NO_RESULT -> complete(job, "Complete", null);
                case FAIL_JOB -> complete(job, "Failed", "BackoffLimitExceeded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("job double: " + name + ": " + e);
        } finally {
            if (counted) {
                running.decrementAndGet();
            }
        }
    }

    private void complete(Job job, String type, String reason) {
        JobStatus s = new JobStatusBuilder().withActive(0).withReady(0)
                .withSucceeded(type.equals("Complete") ? 1 : 0).withFailed(type.equals("Failed") ? 1 : 0)
                .withCompletionTime(type.equals("Complete") ? Instant.now().toString() : null)
                .withConditions(new JobConditionBuilder().withType(type).withStatus("True").withReason(reason)
                        .withLastTransitionTime(Instant.now().toString()).build())
                .build();
        completingNanos.put(job.getMetadata().getName(), System.nanoTime());
        status(job, s);
        completedNanos.put(job.getMetadata().getName(), System.nanoTime());
    }

    private void status(Job job, JobStatus status) {
        Job current = client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace())
                .withName(job.getMetadata().getName()).get();
        if (current == null) {
            return;
        }
        current.setStatus(status);
        client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).resource(current).updateStatus();
    }

    /** A pod of the Job as the scheduler leaves it when no node fits (the Trial controller watches pods). */
    private void unschedulablePod(Job job, String name) {
        client.pods().inNamespace(job.getMetadata().getNamespace()).resource(new PodBuilder()
                .withNewMetadata().withName(name + "-pod").withNamespace(job.getMetadata().getNamespace())
                    .withLabels(job.getSpec().getTemplate().getMetadata().getLabels()).endMetadata()
                .withNewSpec().addNewContainer().withName("trainer").withImage("trainer").endContainer().endSpec()
                .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                    .withReason("Unschedulable")
                    .withMessage("0/3 nodes are available: 3 Insufficient nvidia.com/gpu.").endCondition().endStatus()
                .build()).create();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> params(Job job) {
        String json = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(e -> e.getName().equals("PARZEN_PARAMS")).findFirst().orElseThrow().getValue();
        return io.fabric8.kubernetes.client.utils.Serialization.unmarshal(json, Map.class);
    }

    @Override
    public void close() throws InterruptedException {
        watch.close();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
