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
        assertThat(Fault.parse("all")).isEqualTo(Set.of(Fault.values()));
    }

    @Test
    void aFaultNotBuiltYetSaysSoInsteadOfBeingIgnored() {
        assertThatThrownBy(() -> Fault.parse("poison,search-outage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`search-outage` is not built yet")
                .hasMessageContaining("the local run injects: poison, crash (or all)");
        assertThatThrownBy(() -> Fault.parse("poisson")).hasMessageContaining("no fault `poisson`");
    }
}
