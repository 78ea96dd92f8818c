package dev.stencil.runtime.producer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionKeyStrategyTest {
    @Test
    void keysByTheFieldAndFallsBackToRandomKeysForMissingValues() {
        PartitionKeyStrategy<String> strategy = PartitionKeyStrategy.byField(s -> s);

        assertThat(strategy.keyOf("user-1")).isEqualTo("user-1");
        assertThat(strategy.keyOf(null)).isNotEqualTo(strategy.keyOf(null)).hasSize(36);
        assertThat(strategy.keyOf(" ")).hasSize(36);
        assertThat(strategy.keyOf("k".repeat(300))).hasSize(256);
    }

    @Test
    void randomKeysDiffer() {
        PartitionKeyStrategy<Object> strategy = PartitionKeyStrategy.random();

        assertThat(strategy.keyOf("x")).isNotEqualTo(strategy.keyOf("x"));
    }
}
