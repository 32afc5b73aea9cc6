package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Standard conditions (type, status True/False/Unknown, CamelCase reason, message,
 * lastTransitionTime, observedGeneration). {@code lastTransitionTime} changes only when the
 * status of a type changes, so that a repeated reconcile writes nothing new.
 */
public final class Conditions {
    private Conditions() {}

    /**
     * The conditions {@code previous} becomes with {@code type} set; other types are kept.
     *
     * @param now the time to stamp on a transition (RFC 3339)
     */
    public static List<Condition> set(List<Condition> previous, String type, boolean status, String reason, String message,
            Long generation, String now) {
        List<Condition> out = new ArrayList<>();
        String statusText = status ? "True" : "False";
        boolean found = false;
        for (Condition c : previous == null ? List.<Condition>of() : previous) {
            if (!type.equals(c.getType())) {
                out.add(c);
                continue;
            }
            found = true;
            String since = Objects.equals(c.getStatus(), statusText) && c.getLastTransitionTime() != null
                    ? c.getLastTransitionTime() : now;
            out.add(condition(type, statusText, reason, message, generation, since));
        }
        if (!found) {
            out.add(condition(type, statusText, reason, message, generation, now));
        }
        return out;
    }

    /** The condition of a type, or null. */
    public static Condition get(List<Condition> conditions, String type) {
        if (conditions != null) {
            for (Condition c : conditions) {
                if (type.equals(c.getType())) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Condition condition(String type, String status, String reason, String message, Long generation,
            String since) {
        return new ConditionBuilder().withType(type).withStatus(status).withReason(reason)
                .withMessage(message == null ? "" : message).withObservedGeneration(generation)
                .withLastTransitionTime(since).build();
    }
}
