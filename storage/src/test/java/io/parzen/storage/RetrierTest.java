package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry loop with a recording sleeper: which failures it retries, how often, how long it waits. */
class RetrierTest {
    final List<Duration> slept = new ArrayList<>();
    final Retrier retrier = new Retrier(
            new RetryPolicy(4, Duration.ofMillis(10), 3.0, Duration.ofMillis(50)), TransientErrors::isTransient, slept::add);

    @Test
    void transientFailuresAreRetriedUntilSuccess() throws Exception {
        int[] calls = {0};
        String value = retrier.call("get k", () -> {
            if (++calls[0] < 3) {
                throw new ConnectException("Connection refused");
            }
            return "ok";
        });
        assertEquals("ok", value);
        assertEquals(3, calls[0]);
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(30)), slept);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        int[] calls = {0};
        ConnectException last = new ConnectException("refused #4");
        Exception e = assertThrows(ConnectException.class, () -> retrier.call("get k", () -> {
            calls[0]++;
            throw calls[0] == 4 ? last : new ConnectException("refused");
        }));
        assertSame(last, e);
        assertEquals(4, calls[0]);
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(30), Duration.ofMillis(50)), slept);
    }

    @Test
    void permanentFailuresAreNotRetried() {
        int[] calls = {0};
        assertThrows(ObjectNotFoundException.class, () -> retrier.call("get k", () -> {
            calls[0]++;
            throw new ObjectNotFoundException("s3://b/", "k");
        }));
        assertEquals(1, calls[0]);
        assertEquals(List.of(), slept);
    }

    @Test
    void eachWaitIsJitteredByItsOwnDraw() throws Exception {
        List<Duration> waits = new ArrayList<>();
        double[] draws = {0.0, 0.5, 0.999};
        int[] drawn = {0};
        Retrier jittered = new Retrier(new RetryPolicy(4, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), 0.5),
                TransientErrors::isTransient, waits::add, () -> draws[drawn[0]++]);
        int[] calls = {0};
        jittered.call("put k", () -> {
            if (++calls[0] < 4) {
                throw new ConnectException("Connection refused");
            }
            return null;
        });
        // 100 ms whole, 200 ms less a quarter, 400 ms less (almost) half.
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(150), Duration.ofMillis(200)), waits);
    }

    @Test
    void plainIoErrorsAreTransient() {
        int[] calls = {0};
        assertThrows(IOException.class, () -> retrier.call("put k", () -> {
            calls[0]++;
            throw new IOException("unexpected end of stream");
        }));
        assertEquals(4, calls[0]);
    }
}
