package dev.stencil.runtime.producer;

import dev.stencil.runtime.internal.Entropy;
import java.util.Objects;
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
            return key == null || key.isBlank() ? Entropy.uuid().toString() : truncate(key);
        };
    }

    /**
     * A random key per event: even spread over shards, no ordering between events. Random keys come from
     * {@link Entropy}, which a SnapStart restore re-seeds, so restored copies do not repeat each other's keys.
     */
    static <T> PartitionKeyStrategy<T> random() {
        return event -> Entropy.uuid().toString();
    }

    /** Kinesis accepts partition keys of at most 256 characters. */
    private static String truncate(String key) {
        return key.length() <= 256 ? key : key.substring(0, 256);
    }
}
