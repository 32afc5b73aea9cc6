package io.parzen.operator.cli;

import io.parzen.tpe.Goal;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code minimize} / {@code maximize} for picocli. */
final class GoalConverter implements ITypeConverter<Goal> {
    @Override
    public Goal convert(String value) {
        try {
            return Goal.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not supported; allowed: minimize, maximize");
        }
    }
}
