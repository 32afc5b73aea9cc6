package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.api.Storage;
import io.parzen.storage.embedded.EmbeddedS3Server;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.S3Credentials;
import io.parzen.storage.S3ObjectStore;
import io.parzen.storage.S3Settings;
import io.parzen.storage.TransientErrors;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's reader while the store is away: a read fails within seconds (not the writers'
 * minutes of backoff, which would hold a reconcile thread) with an error that
 * {@link TransientErrors} calls transient, which the Trial reconciler turns into an Event and a
 * read at the next poll; when the store is back, the same reader sees the trial's output.
 */
class S3TrialOutputsOutageTest {
    @TempDir
    Path folder;

    @Test
    void anUnreachableStoreFailsAReadQuicklyAsTransientAndTheNextPollReadsIt() throws Exception {
        EmbeddedS3Server server = EmbeddedS3Server.start(folder, "parzen");
        int port = server.port();
        S3Settings settings = server.settings();
        S3Credentials keys = settings.credentials();
        Storage storage = new Storage();
        storage.setEndpoint(server.endpoint().toString());
        storage.setBucket("parzen");
        storage.setCredentialsSecret("parzen-s3");
        try (S3ObjectStore writerStore = server.openStore("");
                S3TrialOutputs outputs = new S3TrialOutputs((namespace, s) -> settings)) {
            TrialOutputWriter writer = new TrialOutputWriter(writerStore, ObjectLayout.trial("st", "st-0000"));
            writer.append(new MetricsLine(1, 0.5, 0.75, Map.of()));
            TrialOutputs.Reader reader = outputs.open("ml", storage);
            assertEquals(1, reader.metrics("st", "st-0000").size());

            server.close();
            long start = System.nanoTime();
            IOException down = assertThrows(IOException.class, () -> reader.metrics("st", "st-0000"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(TransientErrors.isTransient(down), "retry later, not a failed trial: " + down);
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "a reconcile thread is held " + took.toMillis() + " ms");

            server = EmbeddedS3Server.start(folder, "parzen", port, keys);
            writer.result(TrialResult.succeeded(MetricsLine.VAL_LOSS, 0.75, 1, 1, 3.0));
            assertEquals(List.of(1), reader.metrics("st", "st-0000").stream().map(MetricsLine::epoch).toList());
            assertEquals(TrialResult.Status.SUCCEEDED, reader.result("st", "st-0000").orElseThrow().status());
        } finally {
            server.close();
        }
    }
}
