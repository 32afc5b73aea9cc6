package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
    @ParameterizedTest(name = "after attempt {0}: {1} ms at most, {2} ms at least, retry {3}")
    @CsvSource({
        "1, 500, 250, true",
        "2, 1000, 500, true",
        "3, 2000, 1000, true",
        "4, 4000, 2000, true",
        "5, 8000, 4000, true",
        "6, 16000, 8000, true",
        "7, 20000, 10000, true",
        "13, 20000, 10000, true",
        "14, 20000, 10000, false",
        "20, 20000, 10000, false"})
    void defaultPolicyDoublesFromHalfASecondCappedAt20sWithHalfJitter(int attempt, long most, long least, boolean retry) {
        assertEquals(Duration.ofMillis(most), RetryPolicy.DEFAULT.delayAfter(attempt));
        assertEquals(Duration.ofMillis(most), RetryPolicy.DEFAULT.delayAfter(attempt, 0.0));
        assertEquals(Duration.ofMillis(least), RetryPolicy.DEFAULT.delayAfter(attempt, Math.nextDown(1.0)));
        assertEquals(retry, RetryPolicy.DEFAULT.retryAfter(attempt));
    }

    @ParameterizedTest(name = "draw {0}: {1} ms")
    @CsvSource({"0.0, 8000", "0.25, 7000", "0.5, 6000", "0.75, 5000"})
    void jitterTakesItsShareOffTheBackoff(double draw, long millis) {
        assertEquals(Duration.ofMillis(millis), RetryPolicy.DEFAULT.delayAfter(5, draw));
    }

    @Test
    void theDefaultBudgetOutlastsAThirtySecondOutageByFar() {
        // The budget docs/storage.md states: 86 s to 172 s of waiting before a write gives up.
        assertEquals(Duration.ofMillis(171_500), RetryPolicy.DEFAULT.maxTotalDelay());
        assertEquals(Duration.ofMillis(85_750), RetryPolicy.DEFAULT.minTotalDelay());
        assertTrue(RetryPolicy.DEFAULT.minTotalDelay().compareTo(Duration.ofSeconds(60)) > 0);
    }

    @Test
    void quickPolicyHoldsAPollerForUnderOneAndAHalfSeconds() {
        assertEquals(Duration.ofMillis(1400), RetryPolicy.QUICK.maxTotalDelay());
        assertEquals(Duration.ofMillis(700), RetryPolicy.QUICK.minTotalDelay());
        assertEquals(false, RetryPolicy.QUICK.retryAfter(4));
    }

    @ParameterizedTest
    @CsvSource({"1, 100", "2, 150", "3, 225", "4, 300"})
    void fractionalMultiplierWithoutJitter(int attempt, long millis) {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), 1.5, Duration.ofMillis(300));
        assertEquals(Duration.ofMillis(millis), policy.delayAfter(attempt, 0.9));
    }

    @Test
    void noneNeverRetries() {
        assertEquals(false, RetryPolicy.NONE.retryAfter(1));
        assertEquals(Duration.ZERO, RetryPolicy.NONE.maxTotalDelay());
    }

    @Test
    void invalidPoliciesAndDrawsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ZERO, 0.5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ofMillis(-1), 2, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ZERO, 2, Duration.ZERO, 1.5));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.delayAfter(0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.delayAfter(1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.delayAfter(1, -0.1));
    }
}
