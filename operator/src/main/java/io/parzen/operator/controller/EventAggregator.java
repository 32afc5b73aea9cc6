package io.parzen.operator.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decides whether an Event is new or repeats one recorded a moment ago (pure, not thread-safe: the
 * recorder calls it from its one writer thread). A repeat raises the earlier Event's count instead
 * of adding another object, as client-go's event correlator does; without it, a store outage would
 * add one OutputUnreadable Event per trial per poll.
 */
final class EventAggregator {
    /** Identical Events further apart than this start a new Event (client-go keeps 10 minutes too). */
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Distinct Events remembered; the least recently seen is forgotten first. */
    static final int CAPACITY = 4096;

    /** What makes two Events the same: the object, the type, the reason and the message. */
    record Key(String namespace, String objectUid, String objectName, String type, String reason, String message) {}

    /** Create a new Event named {@code name}, or raise Event {@code name} to {@code count}. */
    record Decision(String name, int count) {
        boolean repeat() {
            return count > 1;
        }
    }

    private record Seen(String name, int count, Instant last) {}

    private final Map<Key, Seen> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Seen> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @param newName the name a new Event gets (used only when the Event is new)
     * @return a new Event (count 1) or the repeat of the last one with the same key
     */
    Decision next(Key key, Instant now, String newName) {
        Seen last = seen.get(key);
        Seen next = last != null && !now.isAfter(last.last().plus(WINDOW))
                ? new Seen(last.name(), last.count() + 1, now)
                : new Seen(newName, 1, now);
        seen.put(key, next);
        return new Decision(next.name(), next.count());
    }

    /** Forgets {@code key} (its Event could not be updated: gone, or never written). */
    void forget(Key key) {
        seen.remove(key);
    }
}
