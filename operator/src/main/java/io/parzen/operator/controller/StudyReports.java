package io.parzen.operator.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.parzen.operator.api.Storage;
import io.parzen.operator.api.Study;
import io.parzen.operator.planning.ReportDue;
import io.parzen.operator.report.ReportOptions;
import io.parzen.operator.report.ReportWriter;
import io.parzen.storage.ObjectStore;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a finished Study's report into its store, as {@code parzen report} does, and records
 * where in {@code status.reportUrl} (with the generation it shows in {@code status.reportGeneration}).
 * Drawing the charts takes seconds, so it runs on a thread of its own, never in a reconcile; each
 * finish (Study uid and generation) is tried once per operator process. A report that cannot be
 * written is a warning Event and a log line: the Study keeps its phase.
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
    /** The finishes (uid@generation) already handed to the writer thread. */
    private final Set<String> started = ConcurrentHashMap.newKeySet();
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
     * generation is neither written nor under way, starts writing it and returns at once.
     */
    public void reconciled(Study study, boolean done, Goal goal) {
        Long generation = study.getMetadata().getGeneration();
        if (!ReportDue.due(done, study.getStatus(), generation)
                || !started.add(study.getMetadata().getUid() + "@" + generation)) {
            return;
        }
        writer.execute(() -> write(study, generation, goal));
    }

    /** Forgets a deleted Study. */
    public void forget(Study study) {
        started.removeIf(key -> key.startsWith(study.getMetadata().getUid() + "@"));
    }

    private void write(Study study, Long generation, Goal goal) {
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
            LOG.warn("study {}/{}: cannot write its report: {}", namespace, name, why);
            events.warning(study, "ReportFailed", "cannot write the study's report: " + why);
            return;
        }
        try {
            client.resources(Study.class).inNamespace(namespace).withName(name).editStatus(s -> {
                s.getStatus().setReportUrl(url);
                s.getStatus().setReportGeneration(generation);
                return s;
            });
            events.normal(study, "ReportWritten", "report of generation " + generation + " at " + url);
        } catch (KubernetesClientException e) {
            LOG.warn("study {}/{}: report written to {} but not recorded in its status: {}", namespace, name, url,
                    e.getMessage());
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
