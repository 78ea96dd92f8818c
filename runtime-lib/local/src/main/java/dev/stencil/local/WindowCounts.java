package dev.stencil.local;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.runtime.events.ClickEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What every aggregates table must hold, worked out in plain Java from the events put, apart from
 * the functions and jobs that write it: per stream, the events per page and tumbling event-time
 * window (the generated logic's key and the kit's window), less the events the Flink jobs skip (no
 * id, no page or no time). A run compares each item with it, so
 * that a window counted twice cannot hide behind one lost elsewhere.
 */
final class WindowCounts {

    private static final KitDefaults.Aggregates ITEMS = KitDefaults.STANDARD.aggregates();

    /** One aggregate: its key and its window's start, epoch milliseconds. */
    record Window(String key, long start) {
        @Override
        public String toString() {
            return key + " @ " + Instant.ofEpochMilli(start);
        }
    }

    private final Map<String, Map<Window, Long>> byStream = new ConcurrentHashMap<>();

    /**
     * Counts events put into a stream.
     *
     * @param stream the stream
     * @param events the events
     */
    void add(String stream, List<ClickEvent> events) {
        Map<Window, Long> windows = byStream.computeIfAbsent(stream, s -> new ConcurrentHashMap<>());
        for (ClickEvent event : events) {
            if (event.eventId() == null || event.page() == null || event.timestamp() <= 0) {
                continue; // what the Flink jobs skip
            }
            windows.merge(new Window(event.page(), ITEMS.windowStart(event.timestamp())), 1L, Long::sum);
        }
    }

    /**
     * What a table whose writers read these streams must hold.
     *
     * @param streams the streams of every writer, a stream once per writer reading it
     * @return the count per window
     */
    Map<Window, Long> expected(String... streams) {
        Map<Window, Long> expected = new HashMap<>();
        for (String stream : streams) {
            byStream.getOrDefault(stream, Map.of()).forEach((window, count) -> expected.merge(window, count, Long::sum));
        }
        return expected;
    }

    /**
     * Compares a table's items with what it must hold.
     *
     * @param items    the table's items
     * @param counter  the counter attribute
     * @param expected what it must hold
     * @return windows holding exactly their count, less items that should not exist; details of the first differences
     */
    static Check.Measure compare(Iterable<Map<String, AttributeValue>> items, String counter,
                                 Map<Window, Long> expected) {
        long equal = 0;
        long unexpected = 0;
        List<String> differences = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            Window window = new Window(item.get(ITEMS.partitionKey()).s(),
                    Long.parseLong(item.get(ITEMS.sortKey()).n()));
            AttributeValue value = item.get(counter);
            long count = value == null ? 0 : Long.parseLong(value.n());
            Long wanted = expected.get(window);
            if (wanted == null) {
                unexpected++;
            } else if (wanted == count) {
                equal++;
                continue;
            }
            if (differences.size() < 2) {
                differences.add(window + " holds " + count + (wanted == null ? ", none expected" : ", not " + wanted));
            }
        }
        String detail = differences.isEmpty() ? "each as evaluated apart"
                : String.join("; ", differences) + (unexpected == 0 ? "" : "; " + unexpected + " unexpected");
        return new Check.Measure(equal - unexpected, detail);
    }
}
