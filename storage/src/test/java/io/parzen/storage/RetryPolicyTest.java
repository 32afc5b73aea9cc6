package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
    @ParameterizedTest(name = "after attempt {0}: {1} ms, retry {2}")
    @CsvSource({
        "1, 200, true",
        "2, 400, true",
        "3, 800, true",
        "4, 1600, true",
        "5, 3200, true",
        "6, 5000, false",
        "9, 5000, false"})
    void defaultPolicyDoublesFrom200msCappedAt5s(int attempt, long millis, boolean retry) {
        assertEquals(Duration.ofMillis(millis), RetryPolicy.DEFAULT.delayAfter(attempt));
        assertEquals(retry, RetryPolicy.DEFAULT.retryAfter(attempt));
    }

    @ParameterizedTest
    @CsvSource({"1, 100", "2, 150", "3, 225", "4, 300"})
    void fractionalMultiplier(int attempt, long millis) {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), 1.5, Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(millis), policy.delayAfter(attempt));
    }

    @Test
    void noneNeverRetries() {
        assertEquals(false, RetryPolicy.NONE.retryAfter(1));
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ZERO, 0.5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ofMillis(-1), 2, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.delayAfter(0));
    }
}
