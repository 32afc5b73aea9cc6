package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.errors.ServerException;
import io.minio.messages.ErrorResponse;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransientErrorsTest {
    static ErrorResponseException s3Error(String code, int status) {
        Response response = new Response.Builder()
                .request(new Request.Builder().url("http://127.0.0.1:9/b/k").build())
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message("status")
                .body(ResponseBody.create("", MediaType.get("application/xml")))
                .build();
        return new ErrorResponseException(new ErrorResponse(code, code, "b", "k", "/b/k", "r", "h"), response, "");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), true),
                Arguments.of(new SocketException("Connection reset"), true),
                Arguments.of(new SocketTimeoutException("timeout"), true),
                Arguments.of(new EOFException("\\n not found: limit=0"), true),
                Arguments.of(s3Error("SlowDown", 503), true),
                Arguments.of(s3Error("InternalError", 500), true),
                Arguments.of(s3Error("ServiceUnavailable", 503), true),
                Arguments.of(s3Error("SlowDown", 200), true),
                Arguments.of(s3Error("TooManyRequests", 429), true),
                Arguments.of(new ServerException("bad gateway", 502, ""), true),
                Arguments.of(new ServerException("weird", 418, ""), false),
                Arguments.of(s3Error("NoSuchKey", 404), false),
                Arguments.of(s3Error("AccessDenied", 403), false),
                Arguments.of(s3Error("SignatureDoesNotMatch", 403), false),
                Arguments.of(s3Error("NoSuchBucket", 404), false),
                Arguments.of(new ObjectNotFoundException("s3://b/", "k"), false),
                Arguments.of(new NoSuchFileException("/tmp/model.zip"), false),
                Arguments.of(new FileNotFoundException("/tmp/model.zip"), false),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), false),
                Arguments.of(new IllegalArgumentException("bad key"), false),
                Arguments.of(new IOException("unexpected end of stream"), true),
                // Wrapped: SDK 9 puts the network failure inside a MinioException; S3ObjectStore
                // wraps what it throws in an IOException naming the operation.
                Arguments.of(new MinioException(new ConnectException("Connection refused")), true),
                Arguments.of(new IOException("get k in s3://b/ failed", new MinioException(new SocketTimeoutException("timeout"))), true),
                Arguments.of(new IOException("get k in s3://b/ failed", s3Error("AccessDenied", 403)), false),
                Arguments.of(new IOException("put k failed", s3Error("SlowDown", 503)), true),
                Arguments.of(new CompletionException(new ConnectException("Connection refused")), true),
                Arguments.of(new UncheckedIOException(new ConnectException("Connection refused")), true),
                Arguments.of(new IllegalStateException(new ConnectException("Connection refused")), true),
                Arguments.of(new MinioException("unknown"), false),
                Arguments.of(new IOException("wrapped", new IllegalStateException("bug")), false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("errors")
    void classifies(Throwable error, boolean transientError) {
        assertEquals(transientError, TransientErrors.isTransient(error));
    }
}
