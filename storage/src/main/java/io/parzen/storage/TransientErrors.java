package io.parzen.storage;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Which S3 client failures are worth another attempt: network trouble (refused, reset, timed out)
 * and the server saying it is busy or broken (5xx, 429, SlowDown). Everything else (a missing
 * object, denied access, a bad request, a local file that is not there, a certificate problem) will
 * fail the same way again.
 */
public final class TransientErrors {
    /** S3 error codes that mean "try again later". */
    static final Set<String> RETRYABLE_CODES = Set.of(
            "SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout", "ThrottlingException");

    private TransientErrors() {}

    /** Whether {@code error} is transient. */
    public static boolean isTransient(Throwable error) {
        if (error instanceof ErrorResponseException e) {
            String code = e.errorResponse() == null ? null : e.errorResponse().code();
            int status = e.response() == null ? 0 : e.response().code();
            return (code != null && RETRYABLE_CODES.contains(code)) || status >= 500 || status == 429;
        }
        if (error instanceof ServerException e) {
            return e.statusCode() >= 500 || e.statusCode() == 429;
        }
        if (error instanceof ObjectNotFoundException
                || error instanceof FileNotFoundException
                || error instanceof FileSystemException
                || error instanceof SSLException) {
            return false;
        }
        // ConnectException, SocketException ("Connection reset"), SocketTimeoutException,
        // EOFException, okhttp's stream resets: the connection, not the request, failed.
        return error instanceof IOException;
    }
}
