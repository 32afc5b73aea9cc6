package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventAggregatorTest {
    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");
    private static final EventAggregator.Key OUTAGE = new EventAggregator.Key("ns", "uid-1", "t-0001", "Warning",
            "OutputUnreadable", "cannot read the trial's output: connection refused");

    @Test
    void aRepeatWithinTheWindowRaisesTheFirstEventsCount() {
        EventAggregator a = new EventAggregator();
        EventAggregator.Decision first = a.next(OUTAGE, T0, "t-0001.a");
        assertFalse(first.repeat());
        assertEquals("t-0001.a", first.name());
        EventAggregator.Decision second = a.next(OUTAGE, T0.plusSeconds(30), "t-0001.b");
        assertTrue(second.repeat());
        assertEquals("t-0001.a", second.name(), "the first Event is updated, not a new one");
        assertEquals(2, second.count());
        assertEquals(3, a.next(OUTAGE, T0.plusSeconds(60), "t-0001.c").count());
    }

    @Test
    void theWindowCountsFromTheLastRepeat() {
        EventAggregator a = new EventAggregator();
        a.next(OUTAGE, T0, "t-0001.a");
        Instant later = T0.plus(EventAggregator.WINDOW);
        assertEquals("t-0001.a", a.next(OUTAGE, later, "t-0001.b").name(), "exactly the window apart: a repeat");
        Instant quiet = later.plus(EventAggregator.WINDOW).plusSeconds(1);
        EventAggregator.Decision fresh = a.next(OUTAGE, quiet, "t-0001.c");
        assertEquals("t-0001.c", fresh.name(), "after a quiet window, a new Event");
        assertEquals(1, fresh.count());
    }

    @Test
    void anyDifferenceInObjectTypeReasonOrMessageMakesAnotherEvent() {
        EventAggregator a = new EventAggregator();
        a.next(OUTAGE, T0, "t-0001.a");
        assertEquals(1, a.next(new EventAggregator.Key("ns", "uid-2", "t-0002", "Warning", OUTAGE.reason(), OUTAGE.message()),
                T0, "t-0002.a").count());
        assertEquals(1, a.next(new EventAggregator.Key("ns", "uid-1", "t-0001", "Warning", OUTAGE.reason(), "timeout"),
                T0, "t-0001.b").count());
        assertEquals(1, a.next(new EventAggregator.Key("ns", "uid-1", "t-0001", "Warning", "TrialFailed", OUTAGE.message()),
                T0, "t-0001.c").count());
        assertEquals(2, a.next(OUTAGE, T0.plus(Duration.ofMinutes(1)), "t-0001.d").count());
    }

    @Test
    void aForgottenKeyStartsAgainAndTheOldestKeysGoFirst() {
        EventAggregator a = new EventAggregator();
        a.next(OUTAGE, T0, "t-0001.a");
        a.forget(OUTAGE);
        assertEquals("t-0001.b", a.next(OUTAGE, T0, "t-0001.b").name());
        for (int i = 0; i < EventAggregator.CAPACITY; i++) {
            a.next(new EventAggregator.Key("ns", "u" + i, "t" + i, "Normal", "Created", "m"), T0, "t" + i + ".a");
        }
        assertEquals(1, a.next(OUTAGE, T0, "t-0001.c").count(), "evicted as the least recently seen");
    }
}
