package io.parzen.operator.controller;

import io.parzen.operator.api.Storage;
import io.parzen.storage.S3Settings;

/** Resolves a Study's storage block to S3 settings, reading the credentials Secret. */
public interface Credentials {

    /**
     * The settings for {@code storage} in {@code namespace}.
     *
     * @throws CredentialsException when the Secret or one of its keys is missing; the message names
     *     the Secret and the key, never a value
     */
    S3Settings settings(String namespace, Storage storage) throws CredentialsException;

    /** A missing or unusable credentials Secret. */
    final class CredentialsException extends Exception {
        private static final long serialVersionUID = 1L;

        /** With a message naming the Secret (and key). */
        public CredentialsException(String message) {
            super(message);
        }
    }
}
