package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;

class RealisticValuesTest {

    private static Optional<String> value(String field) {
        return RealisticValues.of(new Faker(Locale.ROOT, new Random(7)), field);
    }

    @Test
    void fieldsNamedForWhatTheyHoldGetSuchValues() {
        assertThat(value("customerEmail")).hasValueSatisfying(v -> assertThat(v).contains("@"));
        assertThat(value("client_ip")).hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
        assertThat(value("ipAddress")).hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
        assertThat(value("country")).hasValueSatisfying(v -> assertThat(v).hasSizeBetween(2, 3));
        assertThat(value("productName")).isPresent();
    }

    @Test
    void otherFieldsAndLookAlikesKeepThePlainValues() {
        assertThat(value("deviceId")).isEmpty();
        assertThat(value("ship")).isEmpty();
        assertThat(value("recipient")).isEmpty();
        assertThat(value("zipCode")).hasValueSatisfying(v -> assertThat(v).doesNotMatch("\\d+\\.\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        assertThat(value("email")).isEqualTo(value("email"));
        assertThat(value("city")).isEqualTo(value("city"));
    }
}
