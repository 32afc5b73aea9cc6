package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplacementClockTest {
    private final AtomicLong now = new AtomicLong();
    private final ReplacementClock clock = new ReplacementClock(now::get);
    private final ResourceID a = new ResourceID("a", "ns");
    private final ResourceID b = new ResourceID("b", "ns");

    @Test
    void pairsCreationsWithTheOldestFreedSlotsOfTheSameStudy() {
        clock.freed(a, "a-0");
        now.set(10_000_000);
        clock.freed(a, "a-1");
        clock.freed(b, "b-0");
        now.set(30_000_000);
        assertEquals(List.of(0.03), clock.created(a, 1));
        now.set(50_000_000);
        assertEquals(List.of(0.04), clock.created(a, 3), "one freed slot left for a, the rest had none");
        assertEquals(List.of(), clock.created(a, 1));
        assertEquals(List.of(0.04), clock.created(b, 1));
    }

    @Test
    void aTrialSeenFinishingTwiceCountsOnceEvenAfterItsSlotWasRefilled() {
        clock.freed(a, "a-0"); // its status said Succeeded first
        now.set(20_000_000);
        assertEquals(List.of(0.02), clock.created(a, 1));
        clock.freed(a, "a-0"); // then its Job's Complete event arrived
        clock.freed(a, "a-1");
        now.set(30_000_000);
        assertEquals(List.of(0.01), clock.created(a, 1), "a-1's slot, not a second one for a-0");
    }

    @Test
    void forgottenSlotsAreNotPairedWithLaterCreations() {
        clock.freed(a, "a-0");
        clock.forget(a);
        now.set(5_000_000);
        assertEquals(List.of(), clock.created(a, 1));
        clock.freed(a, "a-0");
        assertEquals(List.of(), clock.created(a, 1), "a-0 was counted already");
    }
}
