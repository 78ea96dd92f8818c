package dev.stencil.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AggregateSqlTest {

    @Test
    void intervalsTakeTheLargestWholeUnitAndTheLeadingPrecisionTheyNeed() {
        assertThat(AggregateSql.interval(Duration.ofMillis(1500))).isEqualTo("INTERVAL '1.5' SECOND");
        assertThat(AggregateSql.interval(Duration.ofSeconds(90))).isEqualTo("INTERVAL '90' SECOND");
        assertThat(AggregateSql.interval(Duration.ofMinutes(120))).isEqualTo("INTERVAL '2' HOUR");
        assertThat(AggregateSql.interval(Duration.ofMinutes(150))).isEqualTo("INTERVAL '150' MINUTE(3)");
        assertThat(AggregateSql.interval(Duration.ofDays(100))).isEqualTo("INTERVAL '100' DAY(3)");
    }

    @Test
    void identifiersAreQuotedWithTheirBackticksDoubled() {
        assertThat(AggregateSql.quoted("value")).isEqualTo("`value`");
        assertThat(AggregateSql.quoted("odd`name")).isEqualTo("`odd``name`");
    }
}
