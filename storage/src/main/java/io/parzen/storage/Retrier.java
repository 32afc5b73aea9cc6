package io.parzen.storage;

import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs an action under a {@link RetryPolicy}, retrying only the failures the predicate calls transient. */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

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

    Retrier(RetryPolicy policy, Predicate<Throwable> isTransient, Sleeper sleeper) {
        this.policy = policy;
        this.isTransient = isTransient;
        this.sleeper = sleeper;
    }

    /** A retrier that really sleeps. */
    static Retrier sleeping(RetryPolicy policy) {
        return new Retrier(policy, TransientErrors::isTransient, d -> Thread.sleep(d.toMillis()));
    }

    /**
     * Runs the action until it succeeds, fails permanently, or runs out of attempts; then throws
     * the last failure unchanged.
     *
     * @param what the operation, for the debug log (never credentials)
     */
    <T> T call(String what, Attempt<T> action) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.run();
            } catch (Exception e) {
                if (!isTransient.test(e) || !policy.retryAfter(attempt)) {
                    throw e;
                }
                Duration delay = policy.delayAfter(attempt);
                LOG.debug("{} failed (attempt {} of {}), retrying in {} ms: {}",
                        what, attempt, policy.maxAttempts(), delay.toMillis(), e.toString());
                sleeper.sleep(delay);
            }
        }
    }
}
