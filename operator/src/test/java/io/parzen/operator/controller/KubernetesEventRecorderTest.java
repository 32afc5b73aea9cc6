package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the fabric8 mock API server in CRUD mode: repeats raise a count, they add no Events. */
@EnableKubernetesMockClient(crud = true)
class KubernetesEventRecorderTest {
    KubernetesClient client;

    private static ConfigMap object(String name, String uid) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("ns").withUid(uid).endMetadata().build();
    }

    private List<Event> events() {
        return client.v1().events().inNamespace("ns").list().getItems().stream()
                .sorted(Comparator.comparing(e -> e.getInvolvedObject().getName() + e.getMessage())).toList();
    }

    @Test
    void aPollingOutageLeavesOneEventPerTrialWithItsCount() throws InterruptedException {
        Instant t0 = Instant.parse("2026-12-07T12:00:00Z");
        StudyReportsTest.MutableClock clock = new StudyReportsTest.MutableClock(t0);
        KubernetesEventRecorder recorder = new KubernetesEventRecorder(client, clock);
        for (int poll = 0; poll < 5; poll++) {
            clock.now = t0.plusSeconds(10L * poll);
            recorder.warning(object("t-0001", "u1"), "OutputUnreadable", "cannot read the trial's output: refused");
            recorder.warning(object("t-0002", "u2"), "OutputUnreadable", "cannot read the trial's output: refused");
        }
        recorder.normal(object("t-0001", "u1"), "EarlyStopped", "stopped by median at epoch 3");
        recorder.close();

        List<Event> events = events();
        assertEquals(3, events.size(), "one Event per object and message");
        Event first = events.get(0);
        assertEquals("t-0001", first.getInvolvedObject().getName());
        assertEquals("u1", first.getInvolvedObject().getUid());
        assertEquals("Warning", first.getType());
        assertEquals("OutputUnreadable", first.getReason());
        assertEquals(5, first.getCount());
        assertEquals(t0.toString(), first.getFirstTimestamp());
        assertEquals(t0.plusSeconds(40).toString(), first.getLastTimestamp(), "the last poll's time");
        assertEquals("EarlyStopped", events.get(1).getReason());
        assertEquals(1, events.get(1).getCount());
        assertEquals("t-0002", events.get(2).getInvolvedObject().getName());
        assertEquals(5, events.get(2).getCount());
    }

    @Test
    void aRepeatWhoseEventIsGoneWritesANewOne() throws InterruptedException {
        Instant t0 = Instant.parse("2026-12-07T12:00:00Z");
        KubernetesEventRecorder recorder = new KubernetesEventRecorder(client, Clock.fixed(t0, ZoneOffset.UTC));
        recorder.warning(object("t-0003", "u3"), "OutputUnreadable", "gone");
        recorder.close();
        client.v1().events().inNamespace("ns").delete();

        KubernetesEventRecorder again = new KubernetesEventRecorder(client, Clock.fixed(t0, ZoneOffset.UTC));
        again.warning(object("t-0003", "u3"), "OutputUnreadable", "gone");
        again.close();
        assertEquals(1, events().size());
        assertEquals(1, events().get(0).getCount());
    }
}
