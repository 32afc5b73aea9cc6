package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.parzen.operator.api.Study;
import io.parzen.operator.metrics.OperatorMetrics;
import io.parzen.operator.planning.Conditions;
import io.parzen.operator.planning.StudyStatusBuilder;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The Study controller's life-cycle hooks, without an API server: cleanup, error status, shutdown. */
class StudyReconcilerTest {
    private static final EventRecorder NO_EVENTS = new EventRecorder() {
        @Override
        public void normal(HasMetadata about, String reason, String message) {}

        @Override
        public void warning(HasMetadata about, String reason, String message) {}
    };
    private final ValidationCache validations = new ValidationCache();
    private final OperatorMetrics metrics = new OperatorMetrics();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private final StudyReconciler reconciler = new StudyReconciler((ns, storage) -> null, NO_EVENTS, metrics,
            CLOCK, validations, new StudyReports((ns, storage) -> null, null, NO_EVENTS, CLOCK));

    static Study study(String name) {
        Study s = ValidationCacheTest.study("uid-" + name, 1);
        s.getMetadata().setName(name);
        s.getMetadata().setNamespace("ns");
        return s;
    }

    /** A reconcile context that knows only its retry state. */
    @SuppressWarnings("unchecked")
    static Context<Study> retry(int attempt, boolean last) {
        RetryInfo info = new RetryInfo() {
            @Override
            public int getAttemptCount() {
                return attempt;
            }

            @Override
            public boolean isLastAttempt() {
                return last;
            }
        };
        return (Context<Study>) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRetryInfo")) {
                        return Optional.of(info);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void cleanupForgetsTheDeletedStudyOnly() throws Exception {
        Study gone = study("gone");
        Study kept = study("kept");
        for (Study s : new Study[] {gone, kept}) {
            ResourceID id = ResourceID.fromResource(s);
            reconciler.lastStatusWrite.put(id, 42L);
            Set<String> created = ConcurrentHashMap.newKeySet();
            created.add(s.getMetadata().getName() + "-0000");
            reconciler.recentlyCreated.put(id, created);
            validations.validate(s);
        }
        assertEquals(2, validations.size());

        DeleteControl control = reconciler.cleanup(gone, retry(1, false));
        assertTrue(control.isRemoveFinalizer(), "the finalizer goes: the Study may be deleted");
        assertEquals(Set.of(ResourceID.fromResource(kept)), reconciler.lastStatusWrite.keySet());
        assertEquals(Set.of(ResourceID.fromResource(kept)), reconciler.recentlyCreated.keySet());
        assertEquals(1, validations.size());
    }

    @Test
    void aReconcileErrorIsPatchedIntoTheStatusWithTheRetryCount() {
        Study s = study("broken");
        ErrorStatusUpdateControl<Study> control = reconciler.updateErrorStatus(s, retry(3, false),
                new KubernetesClientException("Failure executing: POST trials. Message: Forbidden."));
        Study patched = control.getResource().orElseThrow();
        assertSame(s, patched);
        Condition c = Conditions.get(patched.getStatus().getConditions(), StudyStatusBuilder.RECONCILE_ERROR);
        assertEquals("True", c.getStatus());
        assertEquals("reconcile failed (attempt 3, will retry): Failure executing: POST trials. Message: Forbidden.",
                c.getMessage());
        assertEquals("2026-01-02T03:04:05Z", c.getLastTransitionTime());
        assertEquals(1L, c.getObservedGeneration());
        assertTrue(!control.isNoRetry() && !control.isDefaultErrorProcessing(), "JOSDK still retries");
    }

    @Test
    void closeStopsTheTrialCreationThreads() throws Exception {
        reconciler.creators.submit(() -> { });
        reconciler.close();
        assertTrue(reconciler.creators.isShutdown());
        assertTrue(reconciler.creators.isTerminated());
    }
}
