package io.parzen.tpe.space;

import java.util.List;

/**
 * A choice among values (strings, numbers or booleans), kept in the order given. Internally a
 * value is its index in {@link #choices()}.
 */
public record CategoricalDistribution(List<Object> choices) implements Distribution {

    public CategoricalDistribution {
        choices = List.copyOf(choices);
    }

    @Override
    public DistributionKind kind() {
        return DistributionKind.CATEGORICAL;
    }

    @Override
    public boolean finite() {
        return true;
    }

    /** Index of a value among the choices (numbers compare by value), or -1. */
    public int indexOf(Object value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Values.same(choices.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return choices.size();
    }
}
