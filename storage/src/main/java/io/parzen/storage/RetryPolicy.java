package io.parzen.storage;

import java.time.Duration;

/**
 * Exponential backoff with a bounded number of attempts, as a pure function of the attempt number.
 * Jitter is left out on purpose: a handful of trainers per store do not stampede, and a
 * deterministic policy is testable.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param initialDelay wait before the second attempt
 * @param multiplier growth of the wait per attempt, at least 1
 * @param maxDelay upper bound of one wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {
    /** 6 attempts, 200 ms doubling up to 5 s: about 9 s in all before giving up. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(200), 2.0, Duration.ofSeconds(5));
    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);

    /** Checks the bounds. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts + " < 1");
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier " + multiplier + " < 1");
        }
    }

    /** Whether another attempt may follow attempt {@code attempt} (1-based) that failed. */
    public boolean retryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The wait after failed attempt {@code attempt} (1-based): initial * multiplier^(attempt-1), capped. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt + " < 1");
        }
        double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.round(millis));
    }
}
