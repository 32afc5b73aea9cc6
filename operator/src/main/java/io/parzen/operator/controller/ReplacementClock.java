package io.parzen.operator.controller;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Times replacements: when the operator sees a study's Job complete, and how long after that the
 * Trial taking the freed slot was created (oldest completion first). What the
 * {@code parzen_replacement_seconds} histogram shows; it starts at the Job event reaching the
 * operator, so the API server's watch delay is not in it.
 */
final class ReplacementClock {
    private final LongSupplier nanos;
    private final Map<ResourceID, ArrayDeque<Long>> completions = new ConcurrentHashMap<>();

    ReplacementClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** A Job of {@code study} completed now. */
    void completed(ResourceID study) {
        long now = nanos.getAsLong();
        completions.compute(study, (k, q) -> {
            ArrayDeque<Long> out = q == null ? new ArrayDeque<>() : q;
            out.addLast(now);
            return out;
        });
    }

    /** {@code n} Trials of {@code study} were created now: the seconds each waited, for as many completions as are waiting. */
    List<Double> created(ResourceID study, int n) {
        long now = nanos.getAsLong();
        List<Double> waits = new ArrayList<>();
        completions.computeIfPresent(study, (k, q) -> {
            for (int i = 0; i < n && !q.isEmpty(); i++) {
                waits.add((now - q.removeFirst()) / 1e9);
            }
            return q.isEmpty() ? null : q;
        });
        return waits;
    }

    /** Completions of {@code study} that will not be replaced (the budget is spent, or the study ended). */
    void forget(ResourceID study) {
        completions.remove(study);
    }
}
