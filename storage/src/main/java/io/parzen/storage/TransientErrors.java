package io.parzen.storage;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Which store failures are worth another attempt: network trouble (refused, reset, timed out)
 * and the server saying it is busy or broken (5xx, 429, SlowDown). Everything else (a missing
 * object, denied access, a bad request, a local file that is not there, a certificate problem) will
 * fail the same way again.
 *
 * <p>The decision looks through wrappers: MinIO SDK 9 reports a network failure as a
 * {@code MinioException} whose cause is the {@link IOException}, and {@link S3ObjectStore} wraps
 * what it finally throws in an {@link IOException} naming the operation, so callers above the
 * store (the operator, the local runner) ask the same question of what they caught.
 */
public final class TransientErrors {
    /** S3 error codes that mean "try again later". */
    static final Set<String> RETRYABLE_CODES = Set.of(
            "SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout", "ThrottlingException");
    /** How deep a cause chain is followed (chains are short; this guards against cycles). */
    private static final int MAX_DEPTH = 8;

    private TransientErrors() {}

    /** Whether {@code error}, or what it wraps, is transient. */
    public static boolean isTransient(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < MAX_DEPTH; depth++, e = e.getCause()) {
            Boolean verdict = verdict(e);
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    /** The answer for this throwable alone, or null to ask its cause. */
    private static Boolean verdict(Throwable error) {
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
        if (error instanceof IOException && error.getCause() != null && error.getCause() != error) {
            // A wrapper (S3ObjectStore's message, an UncheckedIOException's cause...): its cause decides.
            return null;
        }
        if (error instanceof IOException) {
            // ConnectException, SocketException ("Connection reset"), SocketTimeoutException,
            // EOFException, okhttp's stream resets: the connection, not the request, failed.
            return true;
        }
        // MinioException, CompletionException, ExecutionException, UncheckedIOException: look inside.
        return error.getCause() == null ? Boolean.FALSE : null;
    }
}
