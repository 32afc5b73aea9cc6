package io.parzen.operator.cli;

import io.parzen.tpe.Goal;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code minimize} / {@code maximize} for picocli. */
final class GoalConverter implements ITypeConverter<Goal> {
    @Override
    public Goal convert(String value) {
        return Goal.parse(value);
    }
}
