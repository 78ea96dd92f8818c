package dev.stencil.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delayDoublesPerRetryBetweenHalfAndAllOfTheCeiling() {
        assertThat(Backoff.delayMillis(1, 100, 5_000, bound -> 0)).isEqualTo(50);
        assertThat(Backoff.delayMillis(1, 100, 5_000, bound -> bound - 1)).isEqualTo(100);
        assertThat(Backoff.delayMillis(3, 100, 5_000, bound -> 0)).isEqualTo(200);
    }

    @Test
    void delayNeverExceedsTheMaximumHoweverManyRetries() {
        assertThat(Backoff.delayMillis(1_000, 100, 5_000, bound -> bound - 1)).isEqualTo(5_000);
        assertThat(Backoff.delayMillis(1_000, 100, Long.MAX_VALUE, bound -> 0)).isPositive();
    }
}
