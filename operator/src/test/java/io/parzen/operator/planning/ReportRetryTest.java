package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportRetryTest {
    @ParameterizedTest(name = "failure {0}: wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 900", "7, 900", "40, 900", "2147483647, 900"})
    void doublesFromThirtySecondsUpToFifteenMinutes(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), ReportRetry.after(failures));
    }

    @Test
    void countsFailuresFromOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportRetry.after(0));
        assertEquals("failures = 0 must be >= 1", e.getMessage());
    }
}
