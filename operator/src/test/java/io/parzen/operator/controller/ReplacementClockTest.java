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
    void pairsCreationsWithTheOldestCompletionsOfTheSameStudy() {
        clock.completed(a);
        now.set(10_000_000);
        clock.completed(a);
        clock.completed(b);
        now.set(30_000_000);
        assertEquals(List.of(0.03), clock.created(a, 1));
        now.set(50_000_000);
        assertEquals(List.of(0.04), clock.created(a, 3), "one completion left for a, the rest had none");
        assertEquals(List.of(), clock.created(a, 1));
        assertEquals(List.of(0.04), clock.created(b, 1));
    }

    @Test
    void forgottenCompletionsAreNotPairedWithLaterCreations() {
        clock.completed(a);
        clock.forget(a);
        now.set(5_000_000);
        assertEquals(List.of(), clock.created(a, 1));
    }
}
