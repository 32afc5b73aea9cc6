package io.parzen.tpe.space;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered, validated list of parameters. Parents come before their children, so walking the
 * list in order decides each parent before the children it activates.
 */
public final class SearchSpace {
    private final List<Parameter> parameters;
    private final Map<String, Parameter> byName;

    public SearchSpace(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.byName = new HashMap<>();
        for (Parameter p : this.parameters) {
            SpaceValidator.validateParameter(p);
            if (byName.putIfAbsent(p.name(), p) != null) {
                throw new InvalidSpaceException("parameter '" + p.name() + "': field 'name' is used twice; names must be unique");
            }
            SpaceValidator.validateCondition(p, byName);
        }
        if (this.parameters.isEmpty()) {
            throw new InvalidSpaceException("the search space has no parameters; at least one is required");
        }
    }

    public static SearchSpace of(Parameter... parameters) {
        return new SearchSpace(List.of(parameters));
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public int size() {
        return parameters.size();
    }

    public Parameter get(String name) {
        return byName.get(name);
    }

    /** True when every parameter takes finitely many values. */
    public boolean finite() {
        return parameters.stream().allMatch(p -> p.distribution().finite());
    }

    /** The names of the parameters active under a full configuration. */
    public Set<String> activeNames(Map<String, Object> configuration) {
        Map<String, Object> chosen = new LinkedHashMap<>();
        Set<String> active = new HashSet<>();
        for (Parameter p : parameters) {
            if (p.activeIn(chosen)) {
                active.add(p.name());
                chosen.put(p.name(), configuration.get(p.name()));
            }
        }
        return active;
    }

    @Override
    public String toString() {
        return "SearchSpace" + parameters;
    }
}
