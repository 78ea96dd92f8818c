package dev.stencil.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PageClicksTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(1)
                    .build());

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void countsClicksPerPagePerMinute() throws Exception {
        List<PageCount> counts = run(PageClicks.watermarks(BOUND),
                click("/home", 0), click("/home", 10), click("/cart", 30),
                click("/home", 61), click("/cart", 62), click("/cart", 119));

        assertEquals(List.of(
                count("/cart", 0, 1), count("/cart", 1, 2),
                count("/home", 0, 2), count("/home", 1, 1)), counts);
    }

    @Test
    void countsOutOfOrderEventsWithinTheBoundInTheirOwnWindow() throws Exception {
        List<PageCount> counts = run(perEvent(BOUND),
                click("/home", 58), click("/home", 62), click("/home", 59), click("/home", 63));

        assertEquals(List.of(count("/home", 0, 2), count("/home", 1, 2)), counts);
    }

    @Test
    void dropsEventsLaterThanTheBound() throws Exception {
        List<PageCount> counts = run(perEvent(BOUND),
                click("/home", 10), click("/home", 70), click("/home", 20), click("/home", 71));

        assertEquals(List.of(count("/home", 0, 1), count("/home", 1, 2)), counts);
    }

    private static List<PageCount> run(WatermarkStrategy<ClickEvent> watermarks, ClickEvent... events)
            throws Exception {
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        env.setParallelism(1);
        List<PageCount> counts = new ArrayList<>();
        try (CloseableIterator<PageCount> results = PageClicks
                .countPerPage(env.fromData(events), watermarks, Duration.ofMinutes(1))
                .executeAndCollect()) {
            results.forEachRemaining(counts::add);
        }
        counts.sort(Comparator.comparing(PageCount::page).thenComparing(PageCount::windowStart));
        return counts;
    }

    /**
     * The job's bounded out-of-orderness, but emitting a watermark after every event instead of
     * periodically, so that which events are late does not depend on wall-clock timing.
     */
    private static WatermarkStrategy<ClickEvent> perEvent(Duration bound) {
        return WatermarkStrategy.forGenerator(context -> new BoundedOutOfOrdernessWatermarks<>(bound) {
            @Override
            public void onEvent(ClickEvent event, long timestamp, WatermarkOutput output) {
                super.onEvent(event, timestamp, output);
                onPeriodicEmit(output);
            }
        });
    }

    private static ClickEvent click(String page, int second) {
        long timestamp = T0.plusSeconds(second).toEpochMilli();
        return new ClickEvent("e-" + page + second, "u1", "s1", page, "192.0.2.1", "test", timestamp);
    }

    private static PageCount count(String page, int minute, long clicks) {
        Instant start = T0.plusSeconds(60L * minute);
        return new PageCount(page, start.toEpochMilli(), start.plusSeconds(60).toEpochMilli(), clicks);
    }
}
