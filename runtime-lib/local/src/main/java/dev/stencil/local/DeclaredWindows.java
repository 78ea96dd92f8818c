package dev.stencil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.flink.AggregateItems;
import dev.stencil.flink.AggregateSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a table of a declared aggregate must hold, worked out in plain Java from the events put,
 * apart from the Flink SQL job that writes it: every window of the declaration (tumbling, hopping
 * or session windows, aligned to the epoch) per group key, with each measure computed over the
 * events in it. A run compares each item with it, attribute by attribute.
 */
final class DeclaredWindows {

    /** Doubles summed in another order differ in the last bits; anything more is a difference. */
    private static final double TOLERANCE = 1e-9;

    private final AggregateSpec spec;
    private final Map<String, AggregateSpec.Type> types = new HashMap<>();
    private final List<Event> events = new ArrayList<>();

    /** One event as the declaration sees it: its group key values, its time, its measured values. */
    private record Event(List<Object> keys, long time, ObjectNode values) {}

    /** One expected item: its key and window start, and its attributes. */
    record Window(String key, long start) {
        @Override
        public String toString() {
            return key + " @ " + Instant.ofEpochMilli(start);
        }
    }

    DeclaredWindows(AggregateSpec spec) {
        this.spec = spec;
        spec.columns().forEach(c -> types.put(c.name(), c.type()));
    }

    /** Takes events put into one of the streams the job reads. */
    synchronized void add(List<ObjectNode> put) {
        for (ObjectNode event : put) {
            List<Object> keys = spec.groupBy().stream().map(g -> value(event, g)).toList();
            JsonNode time = event.path(spec.eventTime());
            events.add(new Event(keys, time.isTextual() ? Instant.parse(time.asText()).toEpochMilli() : time.asLong(),
                    event));
        }
    }

    /** The items the table must hold, by key and window start. */
    synchronized Map<Window, Map<String, AttributeValue>> expected() {
        Map<List<Object>, List<Event>> byKey = new LinkedHashMap<>();
        events.forEach(e -> byKey.computeIfAbsent(e.keys(), k -> new ArrayList<>()).add(e));
        Map<Window, Map<String, AttributeValue>> expected = new HashMap<>();
        byKey.forEach((keys, keyed) -> windows(keyed).forEach((bounds, in) -> {
            Map<String, AttributeValue> item = item(keys, bounds[0], bounds[1], in);
            expected.put(new Window(partitionKey(keys), bounds[0]), item);
        }));
        return expected;
    }

    /** The events of one key by window, each window as {start, end}. */
    private Map<long[], List<Event>> windows(List<Event> keyed) {
        AggregateSpec.Window window = spec.window();
        Map<Long, List<Event>> byStart = new TreeMap<>();
        Map<long[], List<Event>> windows = new LinkedHashMap<>();
        switch (window.kind()) {
            case TUMBLE, HOP -> {
                for (Event e : keyed) {
                    long last = Math.floorDiv(e.time(), window.slideMillis()) * window.slideMillis();
                    for (long start = last; start > e.time() - window.sizeMillis(); start -= window.slideMillis()) {
                        byStart.computeIfAbsent(start, s -> new ArrayList<>()).add(e);
                    }
                }
                byStart.forEach((start, in) -> windows.put(new long[] {start, start + window.sizeMillis()}, in));
            }
            case SESSION -> {
                List<Event> sorted = keyed.stream().sorted(Comparator.comparingLong(Event::time)).toList();
                List<Event> session = new ArrayList<>();
                for (Event e : sorted) {
                    // Flink merges session windows that touch: a new session begins only past the gap.
                    if (!session.isEmpty() && e.time() > session.get(session.size() - 1).time() + window.sizeMillis()) {
                        windows.put(bounds(session), session);
                        session = new ArrayList<>();
                    }
                    session.add(e);
                }
                if (!session.isEmpty()) {
                    windows.put(bounds(session), session);
                }
            }
        }
        return windows;
    }

    private long[] bounds(List<Event> session) {
        return new long[] {session.get(0).time(), session.get(session.size() - 1).time() + spec.window().sizeMillis()};
    }

    private Map<String, AttributeValue> item(List<Object> keys, long start, long end, List<Event> in) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) {
                item.put(spec.groupBy().get(i), AggregateItems.attribute(keys.get(i)));
            }
        }
        item.put(AggregateSpec.WINDOW_START, AttributeValue.fromN(Long.toString(start)));
        item.put(AggregateSpec.WINDOW_END, AttributeValue.fromN(Long.toString(end)));
        for (AggregateSpec.Measure measure : spec.measures()) {
            Object value = measure(measure, in);
            if (value != null) {
                item.put(measure.name(), AggregateItems.attribute(value));
            }
        }
        if (spec.partitionKey().equals(AggregateSpec.KEY)) {
            item.put(AggregateSpec.KEY, AttributeValue.fromS(partitionKey(keys)));
        }
        if (spec.ttlSeconds() > 0) {
            item.put(AggregateSpec.EXPIRES_AT, AttributeValue.fromN(Long.toString(end / 1000 + spec.ttlSeconds())));
        }
        return item;
    }

    private String partitionKey(List<Object> keys) {
        return spec.partitionKey().equals(AggregateSpec.KEY) ? spec.key(g -> keys.get(spec.groupBy().indexOf(g)))
                : String.valueOf(keys.get(0));
    }

    private Object measure(AggregateSpec.Measure measure, List<Event> in) {
        if (measure.operation() == AggregateSpec.Operation.COUNT) {
            return (long) in.size();
        }
        List<Object> values = in.stream().map(e -> value(e.values(), measure.field())).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        boolean whole = types.get(measure.field()) == AggregateSpec.Type.INT
                || types.get(measure.field()) == AggregateSpec.Type.LONG;
        return switch (measure.operation()) {
            case SUM -> whole ? (Object) values.stream().mapToLong(v -> ((Number) v).longValue()).sum()
                    : values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
            case AVG -> values.stream().mapToDouble(v -> ((Number) v).doubleValue()).average().orElseThrow();
            case COUNT_DISTINCT -> {
                Set<Object> distinct = new HashSet<>(values);
                yield (long) distinct.size();
            }
            case MIN -> values.stream().min(DeclaredWindows::compare).orElseThrow();
            case MAX -> values.stream().max(DeclaredWindows::compare).orElseThrow();
            default -> throw new IllegalStateException("not a measure over a field: " + measure.operation());
        };
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    /** A field's value as the job's rows hold it: Integer, Long, Double, Boolean or String. */
    private Object value(JsonNode event, String field) {
        JsonNode node = event.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return switch (types.getOrDefault(field, AggregateSpec.Type.OTHER)) {
            case INT -> node.intValue();
            case LONG -> node.longValue();
            case DOUBLE -> node.doubleValue();
            case BOOLEAN -> node.booleanValue();
            default -> node.asText();
        };
    }

    /**
     * Compares a table's items with what it must hold.
     *
     * @param items    the table's items
     * @param expected what it must hold
     * @return windows holding exactly what they must, less items that should not exist; the first differences
     */
    Check.Measure compare(Iterable<Map<String, AttributeValue>> items, Map<Window, Map<String, AttributeValue>> expected) {
        long equal = 0;
        long unexpected = 0;
        List<String> differences = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            AttributeValue key = item.get(spec.partitionKey());
            AttributeValue start = item.get(spec.sortKey());
            Window window = new Window(key == null ? null : key.s(), start == null ? 0 : Long.parseLong(start.n()));
            Map<String, AttributeValue> wanted = expected.get(window);
            if (wanted == null) {
                unexpected++;
                if (differences.size() < 2) {
                    differences.add(window + " holds an item, none expected");
                }
                continue;
            }
            String difference = difference(wanted, item);
            if (difference == null) {
                equal++;
            } else if (differences.size() < 2) {
                differences.add(window + " " + difference);
            }
        }
        String detail = differences.isEmpty() ? "each as evaluated apart"
                : String.join("; ", differences) + (unexpected == 0 ? "" : "; " + unexpected + " unexpected");
        return new Check.Measure(equal - unexpected, detail);
    }

    private static String difference(Map<String, AttributeValue> wanted, Map<String, AttributeValue> item) {
        for (Map.Entry<String, AttributeValue> attribute : wanted.entrySet()) {
            AttributeValue want = attribute.getValue();
            AttributeValue got = item.get(attribute.getKey());
            if (got == null || !same(want, got)) {
                return "holds " + attribute.getKey() + " " + text(got) + ", not " + text(want);
            }
        }
        return null;
    }

    private static boolean same(AttributeValue want, AttributeValue got) {
        if (want.n() == null || got.n() == null) {
            return want.equals(got);
        }
        BigDecimal a = new BigDecimal(want.n());
        BigDecimal b = new BigDecimal(got.n());
        if (a.compareTo(b) == 0) {
            return true;
        }
        if (a.stripTrailingZeros().scale() <= 0 && b.stripTrailingZeros().scale() <= 0) {
            return false; // whole numbers (counts, sums of whole numbers, times) match exactly
        }
        double scale = Math.max(1, Math.max(Math.abs(a.doubleValue()), Math.abs(b.doubleValue())));
        return Math.abs(a.doubleValue() - b.doubleValue()) <= TOLERANCE * scale;
    }

    private static String text(AttributeValue value) {
        return value == null ? "nothing" : value.s() != null ? value.s() : value.n() != null ? value.n()
                : String.valueOf(value.bool());
    }
}
