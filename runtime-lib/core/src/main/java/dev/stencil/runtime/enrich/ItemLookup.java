package dev.stencil.runtime.enrich;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the item of a table by its key, as a sidecar's {@code enrich: [ { lookup: <table>, key: <field> } ]}
 * declares: the item's attributes as plain Java values (strings, {@code Long} or {@code Double}
 * numbers, booleans, lists and maps), its key included.
 *
 * @see DynamoDbItemLookup
 * @see CachingItemLookup
 */
@FunctionalInterface
public interface ItemLookup {

    /**
     * The item whose key is {@code key}, or empty if there is none (or {@code key} is null or blank).
     *
     * @param key the key, as a string (a number key in its decimal form)
     * @return the item's attributes
     * @throws LookupException if the table could not be read; the record fails and is retried
     */
    Optional<Map<String, Object>> find(String key);

    /** A lookup that finds nothing. */
    static ItemLookup none() {
        return key -> Optional.empty();
    }

    /**
     * The given items, by key: for tests and for the local run's fixtures.
     *
     * @param items each key's attributes
     * @return a lookup that reads them
     */
    static ItemLookup of(Map<String, Map<String, Object>> items) {
        Map<String, Map<String, Object>> copy = Map.copyOf(Objects.requireNonNull(items, "items"));
        return key -> key == null ? Optional.empty() : Optional.ofNullable(copy.get(key));
    }
}
