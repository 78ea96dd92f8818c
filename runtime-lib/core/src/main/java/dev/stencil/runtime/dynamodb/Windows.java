package dev.stencil.runtime.dynamodb;

import java.time.Duration;

/** Tumbling windows aligned to the epoch. */
public final class Windows {
    private Windows() {
    }

    /** Start of the tumbling window of {@code size} that contains {@code epochMillis}. */
    public static long tumbling(long epochMillis, Duration size) {
        long millis = size.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("window size must be positive, got " + size);
        }
        return Math.floorDiv(epochMillis, millis) * millis;
    }
}
