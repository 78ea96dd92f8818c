package dev.stencil.runtime.producer;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Chooses the partition key of an event, and so its shard: events with the same key stay in order.
 *
 * @param <T> the event type
 */
@FunctionalInterface
public interface PartitionKeyStrategy<T> {
    String keyOf(T event);

    /**
     * Key by a field (e.g. {@code ClickEvent::userId}, keeping each user's events in order); events whose
     * field is null or blank get a random key.
     */
    static <T> PartitionKeyStrategy<T> byField(Function<? super T, String> field) {
        Objects.requireNonNull(field, "field");
        return event -> {
            String key = field.apply(event);
            return key == null || key.isBlank() ? UUID.randomUUID().toString() : truncate(key);
        };
    }

    /** A random key per event: even spread over shards, no ordering between events. */
    static <T> PartitionKeyStrategy<T> random() {
        return event -> UUID.randomUUID().toString();
    }

    /** Kinesis accepts partition keys of at most 256 characters. */
    private static String truncate(String key) {
        return key.length() <= 256 ? key : key.substring(0, 256);
    }
}
