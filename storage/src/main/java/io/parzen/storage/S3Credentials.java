package io.parzen.storage;

import java.util.Objects;

/**
 * An S3 access key and secret. {@link #toString()} shows neither, so the value is safe in a log
 * line or an exception message by accident; hand it only to the client that signs requests.
 *
 * @param accessKey the access key id ({@code AWS_ACCESS_KEY_ID})
 * @param secretKey the secret ({@code AWS_SECRET_ACCESS_KEY})
 */
public record S3Credentials(String accessKey, String secretKey) {
    /** Both parts are required and non-blank. */
    public S3Credentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("S3 access key and secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "S3Credentials[redacted]";
    }
}
