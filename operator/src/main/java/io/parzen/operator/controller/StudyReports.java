package io.parzen.operator.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.parzen.operator.api.Storage;
import io.parzen.operator.api.Study;
import io.parzen.operator.planning.ReportDue;
import io.parzen.operator.planning.ReportRetry;
import io.parzen.operator.report.ReportOptions;
import io.parzen.operator.report.ReportWriter;
import io.parzen.storage.ObjectStore;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a finished Study's report into its store, as {@code parzen report} does, and records
 * where in {@code status.reportUrl} (with the generation it shows in {@code status.reportGeneration}).
 * Drawing the charts takes seconds, so it runs on a thread of its own, never in a reconcile. A
 * report that cannot be written (or recorded) is a warning Event and a log line, the Study keeps
 * its phase, and the same finish (Study uid and generation) is tried again later
 * ({@link ReportRetry}: 30 s, doubling, at most 15 minutes apart).
 */
public final class StudyReports implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudyReports.class);

    /** The store a Study's {@code spec.storage} names, rooted at its bucket. */
    @FunctionalInterface
    public interface Stores {
        /** The (shared, not to be closed) store of {@code storage} in {@code namespace}. */
        ObjectStore open(String namespace, Storage storage) throws IOException, Credentials.CredentialsException;
    }

    private final Stores stores;
    private final KubernetesClient client;
    private final EventRecorder events;
    private final Clock clock;
    /**
     * Per finish (uid@generation) handed to the writer: whether it is being written, how many
     * times in a row it failed, and when it may be tried again.
     */
    private record Attempt(boolean writing, int failures, Instant next) {}

    /** The {@code next} of a finish whose report is written: never again (until the status says so too). */
    private static final Instant WRITTEN = Instant.MAX;

    /** Guarded by {@code this}: reconciler threads start attempts, the writer thread ends them. */
    private final Map<String, Attempt> attempts = new HashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parzen-report");
        t.setDaemon(true);
        return t;
    });

    /** Writes through {@code stores}, records in the Study's status with {@code client}. */
    public StudyReports(Stores stores, KubernetesClient client, EventRecorder events, Clock clock) {
        this.stores = stores;
        this.client = client;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Called on every reconcile of a Study: when it is {@code done} and its report for this
     * generation is neither written nor under way, starts writing it (or, after a failure, writing
     * it again once its wait is over) and returns at once.
     *
     * @return when the caller should reconcile the Study again for its report (a retry that may be
     *     due then); empty when the report is not due or is written
     */
    public Optional<Duration> reconciled(Study study, boolean done, Goal goal) {
        Long generation = study.getMetadata().getGeneration();
        if (!ReportDue.due(done, study.getStatus(), generation)) {
            return Optional.empty();
        }
        String key = study.getMetadata().getUid() + "@" + generation;
        Instant now = clock.instant();
        Attempt attempt;
        synchronized (this) {
            attempt = attempts.get(key);
            if (attempt == null || (!attempt.writing() && !now.isBefore(attempt.next()))) {
                attempt = new Attempt(true, attempt == null ? 0 : attempt.failures(), now);
                attempts.put(key, attempt);
                writer.execute(() -> write(key, study, generation, goal));
            }
        }
        if (attempt.next().equals(WRITTEN)) {
            return Optional.empty();
        }
        // While it is being written, come back when a retry would be due if this attempt failed: a
        // failure on the writer thread triggers no reconcile by itself (a success patches the status, which does).
        return Optional.of(attempt.writing() ? ReportRetry.after(attempt.failures() + 1)
                : Duration.between(now, attempt.next()));
    }

    /** Forgets a deleted Study. */
    public synchronized void forget(Study study) {
        attempts.keySet().removeIf(key -> key.startsWith(study.getMetadata().getUid() + "@"));
    }

    /** Records a failed attempt; returns the wait before the next (zero when the Study was forgotten meanwhile). */
    private synchronized Duration failed(String key) {
        Attempt a = attempts.get(key);
        if (a == null) {
            return Duration.ZERO;
        }
        Duration wait = ReportRetry.after(a.failures() + 1);
        attempts.put(key, new Attempt(false, a.failures() + 1, clock.instant().plus(wait)));
        return wait;
    }

    private synchronized void written(String key) {
        attempts.computeIfPresent(key, (k, a) -> new Attempt(false, 0, WRITTEN));
    }

    private void write(String key, Study study, Long generation, Goal goal) {
        String namespace = study.getMetadata().getNamespace();
        String name = study.getMetadata().getName();
        Storage storage = study.getSpec().getStorage();
        String url;
        try {
            System.setProperty("java.awt.headless", "true");
            long t0 = System.nanoTime();
            ReportWriter.Written written = new ReportWriter(stores.open(namespace, storage))
                    .writeToStore(name, ReportOptions.defaults().withGoal(goal), clock.instant());
            url = ReportDue.url(storage.getBucket(), written.indexKey());
            LOG.info("study {}/{}: report written to {} ({} charts, {} ms)", namespace, name, url,
                    written.files().size() - 1, (System.nanoTime() - t0) / 1000000);
        } catch (Exception | LinkageError e) { // LinkageError: a JRE without AWT's native libraries
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Duration wait = failed(key);
            LOG.warn("study {}/{}: cannot write its report (tried again in {} s): {}", namespace, name,
                    wait.toSeconds(), why);
            events.warning(study, "ReportFailed", "cannot write the study's report: " + why);
            return;
        }
        try {
            client.resources(Study.class).inNamespace(namespace).withName(name).editStatus(s -> {
                s.getStatus().setReportUrl(url);
                s.getStatus().setReportGeneration(generation);
                return s;
            });
            written(key);
            events.normal(study, "ReportWritten", "report of generation " + generation + " at " + url);
        } catch (KubernetesClientException e) {
            Duration wait = failed(key);
            LOG.warn("study {}/{}: report written to {} but not recorded in its status (tried again in {} s): {}",
                    namespace, name, url, wait.toSeconds(), e.getMessage());
        }
    }

    /** Lets a report being drawn finish (for a few seconds), then stops the thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
