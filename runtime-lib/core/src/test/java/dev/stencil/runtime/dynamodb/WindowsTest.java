package dev.stencil.runtime.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsTest {
    @Test
    void tumblingWindowsStartOnMultiplesOfTheirSize() {
        assertThat(Windows.tumbling(1_764_236_459_999L, Duration.ofMinutes(1))).isEqualTo(1_764_236_400_000L);
        assertThat(Windows.tumbling(1_764_236_460_000L, Duration.ofMinutes(1))).isEqualTo(1_764_236_460_000L);
        assertThat(Windows.tumbling(-1, Duration.ofSeconds(10))).isEqualTo(-10_000L);
        assertThatThrownBy(() -> Windows.tumbling(1, Duration.ZERO)).hasMessageContaining("positive");
    }

    @Test
    void paddedSequenceNumbersSortAsNumbers() {
        assertThat(AggregateWriter.pad("9").compareTo(AggregateWriter.pad("10"))).isNegative();
        assertThat(AggregateWriter.pad("49590338271490256608559692538361571095921575989136588898")).hasSize(129);
        assertThatThrownBy(() -> AggregateWriter.pad("12a")).hasMessageContaining("not a Kinesis sequence number");
    }

    @Test
    void contributionsNeedAKey() {
        assertThatThrownBy(() -> new Contribution("", 0, "s", "1", Map.of())).hasMessageContaining("key");
    }
}
