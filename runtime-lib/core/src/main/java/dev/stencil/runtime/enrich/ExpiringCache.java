package dev.stencil.runtime.enrich;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The bounded, expiring cache behind the caching lookups: at most {@code maxEntries} keys (least
 * recently used evicted first), each for {@code ttl} after it was loaded. A key loaded without a value
 * is held too, so that unknown keys do not reach the store on every event. Safe for concurrent use.
 *
 * @param <V> what a key finds
 */
final class ExpiringCache<V> {

    /** What the cache holds for a key: the value, or {@code null} when the store had none. */
    record Entry<V>(V value) {}

    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Loaded<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

    ExpiringCache(int maxEntries, Duration ttl, LongSupplier nanoClock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, got " + ttl);
        }
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** What is held for the key and not expired, else {@code null}. */
    synchronized Entry<V> get(String key) {
        Loaded<V> loaded = entries.get(key);
        if (loaded != null && nanoClock.getAsLong() - loaded.at >= ttlNanos) {
            entries.remove(key);
            return null;
        }
        return loaded == null ? null : loaded.entry;
    }

    /** Holds what the store gave for the key, {@code null} for nothing. */
    synchronized void put(String key, V value) {
        entries.put(key, new Loaded<>(new Entry<>(value), nanoClock.getAsLong()));
        if (entries.size() > maxEntries) {
            var eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * What is held for the key, else what the store gives (held from then on); nothing for a null or
     * blank key. A store that throws holds nothing.
     */
    Optional<V> get(String key, Function<String, Optional<V>> store) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Entry<V> cached = get(key);
        if (cached != null) {
            return Optional.ofNullable(cached.value());
        }
        Optional<V> loaded = store.apply(key);
        put(key, loaded.orElse(null));
        return loaded;
    }

    synchronized int size() {
        return entries.size();
    }

    private record Loaded<V>(Entry<V> entry, long at) {}
}
