package dev.stencil.runtime.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.events.ClickEvent;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClickstreamGeneratorTest {
    @Test
    void theSameSeedGivesTheSameEvents() {
        assertThat(new ClickstreamGenerator(7, 100, 0.1, 1_000).next(50))
                .isEqualTo(new ClickstreamGenerator(7, 100, 0.1, 1_000).next(50));
        assertThat(new ClickstreamGenerator(8, 100, 0.1, 1_000).next(50))
                .isNotEqualTo(new ClickstreamGenerator(7, 100, 0.1, 1_000).next(50));
    }

    @Test
    void eventsHaveUniqueIdsMonotonicTimesAndKnownUsers() {
        List<ClickEvent> events = new ClickstreamGenerator(1, 20, 0.25, 1_000).next(2_000);

        assertThat(new HashSet<>(events.stream().map(ClickEvent::eventId).toList())).hasSize(2_000);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).timestamp()).isGreaterThanOrEqualTo(events.get(i - 1).timestamp());
        }
        assertThat(events).filteredOn(e -> e.userId() == null).hasSizeBetween(400, 600);
        assertThat(events).filteredOn(e -> e.userId() != null)
                .allSatisfy(e -> assertThat(e.userId()).matches("user-(1?[0-9])"));
    }

    @Test
    void theGeoTableLocatesEveryGeneratedAddress() {
        var geo = ClickstreamGenerator.geoTable();

        assertThat(new ClickstreamGenerator(3, 50, 0, 1).next(500))
                .allSatisfy(e -> assertThat(geo.locate(e.ip())).as(e.ip()).isPresent());
    }
}
