package io.parzen.operator.controller;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Times replacements: when the operator first sees a trial give up its slot (its Job completed, or
 * its status says it finished: whichever event comes first; the two arrive on separate watches),
 * and how long after that the Trial taking the slot was created (oldest freed slot first). What
 * the {@code parzen_replacement_seconds} histogram shows; it starts when the event reaches the
 * operator, so the API server's watch delay is not in it.
 */
final class ReplacementClock {
    private final LongSupplier nanos;
    private final Map<ResourceID, Slots> studies = new ConcurrentHashMap<>();

    /** A study's freed slots waiting for a replacement, in order, and every trial ever counted. */
    private static final class Slots {
        final LinkedHashMap<String, Long> waiting = new LinkedHashMap<>();
        final Set<String> counted = new HashSet<>();
    }

    ReplacementClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** {@code trial} of {@code study} gave up its slot now, unless that was already seen. */
    void freed(ResourceID study, String trial) {
        long now = nanos.getAsLong();
        studies.compute(study, (k, s) -> {
            Slots out = s == null ? new Slots() : s;
            if (out.counted.add(trial)) {
                out.waiting.put(trial, now);
            }
            return out;
        });
    }

    /** {@code n} Trials of {@code study} were created now: the seconds each waited, for as many freed slots as are waiting. */
    List<Double> created(ResourceID study, int n) {
        long now = nanos.getAsLong();
        List<Double> waits = new ArrayList<>();
        studies.computeIfPresent(study, (k, s) -> {
            Iterator<Long> it = s.waiting.values().iterator();
            for (int i = 0; i < n && it.hasNext(); i++) {
                waits.add((now - it.next()) / 1e9);
                it.remove();
            }
            return s;
        });
        return waits;
    }

    /** Freed slots of {@code study} that will not be refilled (the budget is spent, or the study ended). */
    void forget(ResourceID study) {
        studies.computeIfPresent(study, (k, s) -> {
            s.waiting.clear();
            return s;
        });
    }

    /** Everything about a study that is gone. */
    void remove(ResourceID study) {
        studies.remove(study);
    }
}
