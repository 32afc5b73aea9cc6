package io.parzen.tpe.space;

/**
 * A search space or an algorithm setting that cannot be used. The message names the parameter,
 * the field, the value and what is allowed, so that it can be shown to a user as it is.
 */
public class InvalidSpaceException extends IllegalArgumentException {
    public InvalidSpaceException(String message) {
        super(message);
    }
}
