package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void noneAnyAndAllAreRead() {
        assertThat(Fault.parse("")).isEmpty();
        assertThat(Fault.parse(" poison ")).containsExactly(Fault.POISON);
        assertThat(Fault.parse("crash,poison")).containsExactlyInAnyOrder(Fault.POISON, Fault.CRASH);
        assertThat(Fault.parse("Search-Outage, table-outage,throttle")).containsExactlyInAnyOrder(
                Fault.SEARCH_OUTAGE, Fault.TABLE_OUTAGE, Fault.THROTTLE);
        assertThat(Fault.parse("all")).isEqualTo(Set.of(Fault.values()));
    }

    @Test
    void anUnknownFaultIsRefusedWithTheListOfFaults() {
        assertThatThrownBy(() -> Fault.parse("poisson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no fault `poisson`")
                .hasMessageContaining("the local run injects: poison, crash, search-outage, throttle, table-outage,"
                        + " job-restart (or all)");
    }
}
