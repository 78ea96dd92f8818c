package dev.stencil.runtime.internal;

import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with jitter, as every retrying sink here uses it: the delay before retry
 * {@code n} is drawn from [ceiling / 2, ceiling], where the ceiling doubles from the initial delay
 * up to the maximum.
 */
public final class Backoff {

    private static final LongUnaryOperator RANDOM = Entropy::nextLong;

    private Backoff() {
    }

    /**
     * The delay before retry number {@code retry} (1 for the first retry).
     *
     * @param random draws a number in [0, bound) for a bound; tests pass a fixed one
     */
    public static long delayMillis(int retry, long initialMillis, long maxMillis, LongUnaryOperator random) {
        long ceiling = Math.min(maxMillis, initialMillis << Math.min(Math.max(retry - 1, 0), 30));
        return ceiling / 2 + random.applyAsLong(ceiling / 2 + 1);
    }

    /** {@link #delayMillis(int, long, long, LongUnaryOperator)} with the {@link Entropy} that restores re-seed. */
    public static long delayMillis(int retry, long initialMillis, long maxMillis) {
        return delayMillis(retry, initialMillis, maxMillis, RANDOM);
    }

    /** Sleeps; returns false, with the thread's interrupt flag set again, when interrupted. */
    public static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
