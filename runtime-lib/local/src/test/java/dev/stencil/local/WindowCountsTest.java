package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.events.ClickEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class WindowCountsTest {

    private static final long MINUTE = 60_000;
    private static final long T0 = 1_767_225_600_000L;

    private final WindowCounts counts = new WindowCounts();

    WindowCountsTest() {
        counts.add("Kds", List.of(click("a", "/home", T0 + 1), click("b", "/home", T0 + MINUTE - 1),
                click("c", "/home", T0 + MINUTE), click("d", "/cart", T0 + 5)));
        counts.add("Other", List.of(click("e", "/home", T0 + 2)));
    }

    @Test
    void eventsFallInTheirPagesOneMinuteWindowsAndWritersStreamsAddUp() {
        assertThat(counts.expected("Kds")).containsOnly(
                Map.entry(new WindowCounts.Window("/home", T0), 2L),
                Map.entry(new WindowCounts.Window("/home", T0 + MINUTE), 1L),
                Map.entry(new WindowCounts.Window("/cart", T0), 1L));
        assertThat(counts.expected("Kds", "Other")).containsEntry(new WindowCounts.Window("/home", T0), 3L);
        assertThat(counts.expected("Kds", "Kds")).containsEntry(new WindowCounts.Window("/cart", T0), 2L);
    }

    @Test
    void aTableHoldingEveryWindowAsEvaluatedReconciles() {
        Check.Measure measure = WindowCounts.compare(List.of(item("/home", T0, 2), item("/home", T0 + MINUTE, 1),
                item("/cart", T0, 1)), "clicks", counts.expected("Kds"));

        assertThat(measure.count()).isEqualTo(3);
        assertThat(measure.detail()).isEqualTo("each as evaluated apart");
    }

    @Test
    void aWindowCountedTwiceDoesNotHideBehindOneLostThoughTheTotalIsRight() {
        Check.Measure measure = WindowCounts.compare(List.of(item("/home", T0, 3), item("/home", T0 + MINUTE, 0),
                item("/cart", T0, 1)), "clicks", counts.expected("Kds"));

        assertThat(measure.count()).isEqualTo(1);
        assertThat(measure.detail()).contains("/home @ 2026-01-01T00:00:00Z holds 3, not 2")
                .contains("/home @ 2026-01-01T00:01:00Z holds 0, not 1");
    }

    @Test
    void anItemNoEventBelongsToCountsAgainst() {
        Check.Measure measure = WindowCounts.compare(List.of(item("/home", T0, 2), item("/home", T0 + MINUTE, 1),
                item("/cart", T0, 1), item("/ghost", T0, 4)), "clicks", counts.expected("Kds"));

        assertThat(measure.count()).isEqualTo(2);
        assertThat(measure.detail()).contains("/ghost @ 2026-01-01T00:00:00Z holds 4, none expected")
                .endsWith("1 unexpected");
    }

    private static ClickEvent click(String id, String page, long timestamp) {
        return new ClickEvent(id, "u", "s", page, null, "10.0.0.1", "test", timestamp);
    }

    private static Map<String, AttributeValue> item(String page, long windowStart, long clicks) {
        return Map.of("page", AttributeValue.fromS(page), "windowStart", AttributeValue.fromN(Long.toString(windowStart)),
                "clicks", AttributeValue.fromN(Long.toString(clicks)));
    }
}
