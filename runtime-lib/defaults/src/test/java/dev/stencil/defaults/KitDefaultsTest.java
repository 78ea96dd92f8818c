package dev.stencil.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KitDefaultsTest {

    private final KitDefaults defaults = KitDefaults.STANDARD;

    @Test
    void durationsAreTheSettingsInTheirUnits() {
        assertThat(defaults.mapping().maxBatchingWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.mapping().maxRecordAge()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.archive().bufferInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.archive().bufferBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void theSettingsAreWithinWhatAwsAccepts() {
        // Lambda: batch 1..10,000 for Kinesis, window 0..300 s, retries -1..10,000, record age 60 s..7 days
        // (or -1), parallelization 1..10; Firehose to S3: buffer 1..128 MiB and 0..900 s.
        assertThat(defaults.mapping().batchSize()).isBetween(1, 10_000);
        assertThat(defaults.mapping().maxBatchingWindowSeconds()).isBetween(0, 300);
        assertThat(defaults.mapping().retryAttempts()).isBetween(0, 10_000);
        assertThat(defaults.mapping().maxRecordAgeMinutes()).isBetween(1, 7 * 24 * 60);
        assertThat(defaults.mapping().parallelizationFactor()).isBetween(1, 10);
        assertThat(defaults.archive().bufferSizeMb()).isBetween(1, 128);
        assertThat(defaults.archive().bufferIntervalSeconds()).isBetween(0, 900);
        assertThat(defaults.archive().prefix()).endsWith("/").doesNotStartWith("/");
        assertThat(defaults.archive().errorPrefix()).endsWith("/").isNotEqualTo(defaults.archive().prefix());
    }
}
