package io.parzen.operator.controller;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes core/v1 Events on a background thread, so that a reconcile never waits for one; a failed
 * write is logged and dropped (Events are best effort in Kubernetes too). An Event that repeats one
 * written in the last ten minutes (same object, type, reason and message) raises that Event's count
 * and last timestamp instead of adding another ({@link EventAggregator}).
 */
public final class KubernetesEventRecorder implements EventRecorder, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KubernetesEventRecorder.class);
    private static final String COMPONENT = "parzen-operator";
    private static final int MAX_MESSAGE = 1024;
    private final KubernetesClient client;
    private final Clock clock;
    /** Used on the writer thread only. */
    private final EventAggregator aggregator = new EventAggregator();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parzen-events");
        t.setDaemon(true);
        return t;
    });

    /** Writes with {@code client}. */
    public KubernetesEventRecorder(KubernetesClient client) {
        this(client, Clock.systemUTC());
    }

    /** Writes with {@code client}, timestamps from {@code clock}. */
    KubernetesEventRecorder(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public void normal(HasMetadata about, String reason, String message) {
        record(about, "Normal", reason, message);
    }

    @Override
    public void warning(HasMetadata about, String reason, String message) {
        record(about, "Warning", reason, message);
    }

    private void record(HasMetadata about, String type, String reason, String message) {
        Instant now = clock.instant();
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 3) + "..." : message;
        String namespace = about.getMetadata().getNamespace();
        EventAggregator.Key key = new EventAggregator.Key(namespace, about.getMetadata().getUid(),
                about.getMetadata().getName(), type, reason, text);
        // Read now, on the caller's thread: the object may change once the reconcile goes on.
        String apiVersion = about.getApiVersion();
        String kind = about.getKind();
        try {
            executor.execute(() -> {
                try {
                    write(apiVersion, kind, key, now);
                } catch (RuntimeException e) {
                    aggregator.forget(key);
                    LOG.debug("event {} {} on {} not recorded: {}", type, reason, key.objectName(), e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("event {} dropped: recorder closed", reason);
        }
    }

    /** On the writer thread: a new Event, or the count of a repeated one raised. */
    private void write(String apiVersion, String kind, EventAggregator.Key key, Instant now) {
        String newName = key.objectName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
        EventAggregator.Decision decision = aggregator.next(key, now, newName);
        if (decision.repeat()) {
            try {
                // One merge patch, no read: RBAC needs only create and patch on events.
                client.v1().events().inNamespace(key.namespace()).withName(decision.name()).patch(
                        PatchContext.of(PatchType.JSON_MERGE),
                        "{\"count\":" + decision.count() + ",\"lastTimestamp\":\"" + now + "\"}");
                return;
            } catch (RuntimeException e) {
                // Gone (Events expire after an hour by default) or never written: start a new one.
                aggregator.forget(key);
                decision = aggregator.next(key, now, newName);
            }
        }
        Event event = new EventBuilder()
                .withNewMetadata()
                    .withName(decision.name())
                    .withNamespace(key.namespace())
                .endMetadata()
                .withNewInvolvedObject()
                    .withApiVersion(apiVersion)
                    .withKind(kind)
                    .withName(key.objectName())
                    .withNamespace(key.namespace())
                    .withUid(key.objectUid())
                .endInvolvedObject()
                .withType(key.type())
                .withReason(key.reason())
                .withMessage(key.message())
                .withCount(1)
                .withFirstTimestamp(now.toString())
                .withLastTimestamp(now.toString())
                .withNewSource().withComponent(COMPONENT).endSource()
                .withReportingComponent(COMPONENT)
                .build();
        client.v1().events().inNamespace(key.namespace()).resource(event).create();
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
