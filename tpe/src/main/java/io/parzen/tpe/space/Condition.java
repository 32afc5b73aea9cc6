package io.parzen.tpe.space;

import java.util.List;

/**
 * Makes a parameter active only while a categorical parent, declared earlier, takes one of
 * {@code values}: {@code when: {parameter: optimizer, in: [adam]}}.
 */
public record Condition(String parameter, List<Object> values) {

    public Condition {
        values = List.copyOf(values);
    }

    /** Whether the parent's value activates the child. */
    public boolean holds(Object parentValue) {
        return values.stream().anyMatch(v -> Values.same(v, parentValue));
    }
}
