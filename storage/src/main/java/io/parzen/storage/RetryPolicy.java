package io.parzen.storage;

import java.time.Duration;

/**
 * Exponential backoff with jitter and a bounded number of attempts, as a pure function of the
 * attempt number and a random draw: no clock, no sleeping, so a table tests it.
 *
 * <p>The wait after attempt {@code n} is {@code initial * multiplier^(n-1)}, capped at
 * {@code maxDelay}, then shortened by up to {@code jitter} of itself: with jitter 0.5 it lies
 * between half and all of the capped value, so writers that lost the store together do not come
 * back in step, and the total wait stays between {@link #minTotalDelay()} and
 * {@link #maxTotalDelay()}.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param initialDelay wait before the second attempt (before jitter)
 * @param multiplier growth of the wait per attempt, at least 1
 * @param maxDelay upper bound of one wait
 * @param jitter the largest share of a wait taken off at random, 0 (none) to 1
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay, double jitter) {
    /**
     * What every store gets unless it asks for another: 14 attempts, 0.5 s doubling up to 20 s, half
     * jitter. It waits 86 s at the least and 172 s at the most in all (plus the attempts
     * themselves) before giving up, so a store that is away for 30 s costs a writer nothing.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(14, Duration.ofMillis(500), 2.0, Duration.ofSeconds(20), 0.5);
    /**
     * For readers that poll anyway (the operator): 4 attempts, 0.2 s doubling, at most 1.4 s in
     * all, so a reconcile thread is not held by a store that is away; the next poll tries again.
     */
    public static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(200), 2.0, Duration.ofSeconds(1), 0.5);
    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, 0.0);

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
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter " + jitter + " is not between 0 and 1");
        }
    }

    /** Without jitter: every wait is exactly the backoff. */
    public RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {
        this(maxAttempts, initialDelay, multiplier, maxDelay, 0.0);
    }

    /** Whether another attempt may follow attempt {@code attempt} (1-based) that failed. */
    public boolean retryAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The longest wait after failed attempt {@code attempt} (1-based): the capped backoff. */
    public Duration delayAfter(int attempt) {
        return delayAfter(attempt, 0.0);
    }

    /**
     * The wait after failed attempt {@code attempt} (1-based) for a random draw {@code random} in
     * [0, 1): the capped backoff less {@code jitter * random} of it.
     */
    public Duration delayAfter(int attempt, double random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt + " < 1");
        }
        if (!(random >= 0.0 && random < 1.0)) {
            throw new IllegalArgumentException("random " + random + " is not in [0, 1)");
        }
        double capped = Math.min(initialDelay.toMillis() * Math.pow(multiplier, attempt - 1), maxDelay.toMillis());
        return Duration.ofMillis(Math.round(capped * (1.0 - jitter * random)));
    }

    /** The total wait when every draw shortens nothing: the most a caller waits before giving up. */
    public Duration maxTotalDelay() {
        return totalDelay(0.0);
    }

    /** The total wait when every draw shortens the most: the least a caller waits before giving up. */
    public Duration minTotalDelay() {
        return totalDelay(Math.nextDown(1.0));
    }

    private Duration totalDelay(double random) {
        Duration total = Duration.ZERO;
        for (int attempt = 1; retryAfter(attempt); attempt++) {
            total = total.plus(delayAfter(attempt, random));
        }
        return total;
    }
}
