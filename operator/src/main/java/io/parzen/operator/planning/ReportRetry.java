package io.parzen.operator.planning;

import java.time.Duration;

/**
 * How long the operator waits before it tries a failed report again (pure): 30 s after the first
 * failure, doubling, at most 15 minutes apart, without end, since a store can be down for hours and
 * a finished Study has no other moment to get its report. Each failure is also a ReportFailed
 * Event, and repeats of the same message only raise that Event's count.
 */
public final class ReportRetry {
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MOST = Duration.ofMinutes(15);

    private ReportRetry() {}

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public static Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures = " + failures + " must be >= 1");
        }
        int doublings = Math.min(failures - 1, 10); // 30 s * 2^10 is far past the cap already
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MOST) > 0 ? MOST : wait;
    }
}
