package io.parzen.storage;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action under a {@link RetryPolicy}, retrying only the failures the predicate calls
 * transient. The waiting and the random draws are seams, so tests neither sleep nor guess.
 */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);
    /** From this failed attempt on, a retry is logged at WARN: the store has been away for a while. */
    private static final int WARN_FROM_ATTEMPT = 3;

    /** One attempt of the action. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws Exception;
    }

    /** Waits between attempts; a seam so that tests do not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final Predicate<Throwable> isTransient;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    /** Without jitter draws (every wait is the policy's longest). */
    Retrier(RetryPolicy policy, Predicate<Throwable> isTransient, Sleeper sleeper) {
        this(policy, isTransient, sleeper, () -> 0.0);
    }

    /** With {@code random} drawing in [0, 1) for the jitter. */
    Retrier(RetryPolicy policy, Predicate<Throwable> isTransient, Sleeper sleeper, DoubleSupplier random) {
        this.policy = policy;
        this.isTransient = isTransient;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** A retrier that really sleeps, with random jitter. */
    static Retrier sleeping(RetryPolicy policy) {
        return new Retrier(policy, TransientErrors::isTransient, d -> Thread.sleep(d.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Runs the action until it succeeds, fails permanently, or runs out of attempts; then throws
     * the last failure unchanged.
     *
     * @param what the operation, for the log (never credentials)
     */
    <T> T call(String what, Attempt<T> action) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.run();
            } catch (Exception e) {
                if (!isTransient.test(e) || !policy.retryAfter(attempt)) {
                    throw e;
                }
                Duration delay = policy.delayAfter(attempt, random.getAsDouble());
                if (attempt >= WARN_FROM_ATTEMPT) {
                    LOG.warn("{} failed (attempt {} of {}), retrying in {} ms: {}",
                            what, attempt, policy.maxAttempts(), delay.toMillis(), e.toString());
                } else {
                    LOG.debug("{} failed (attempt {} of {}), retrying in {} ms: {}",
                            what, attempt, policy.maxAttempts(), delay.toMillis(), e.toString());
                }
                sleeper.sleep(delay);
            }
        }
    }
}
