package dev.stencil.runtime.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private static boolean matches(String pattern, String data) {
        return EventFilter.of(pattern).orElseThrow().matches(data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPatternMatchesTheRecordsDataAsLambdaWrapsIt() {
        String products = "{\"page\":[{\"prefix\":\"/products\"}]}";
        assertThat(matches(products, "{\"eventId\":\"e1\",\"page\":\"/products/42\"}")).isTrue();
        assertThat(matches(products, "{\"eventId\":\"e2\",\"page\":\"/cart\"}")).isFalse();
        assertThat(matches(products, "{\"eventId\":\"e3\"}")).isFalse();
    }

    @Test
    void numericRangesAndAlternativesAreAwsSemantics() {
        String hot = "{\"$or\":[{\"temperature\":[{\"numeric\":[\">\",30]}]},{\"alert\":[true]}]}";
        assertThat(matches(hot, "{\"temperature\":31.5}")).isTrue();
        assertThat(matches(hot, "{\"temperature\":12,\"alert\":true}")).isTrue();
        assertThat(matches(hot, "{\"temperature\":12,\"alert\":false}")).isFalse();
    }

    @Test
    void dataThatIsNotAJsonObjectNeverMatchesSoLambdaDropsIt() {
        String any = "{\"page\":[{\"exists\":true}]}";
        assertThat(matches(any, "\u0000this is not JSON")).isFalse();
        assertThat(matches(any, "[1,2]")).isFalse();
        assertThat(matches(any, "{\"page\":\"/\"}")).isTrue();
    }

    @Test
    void noPatternIsNoFilterAndABadOneIsRefused() {
        assertThat(EventFilter.of("")).isEmpty();
        assertThatThrownBy(() -> EventFilter.of("{\"page\":\"not-a-list\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
