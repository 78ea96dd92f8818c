package dev.stencil.runtime.enrich;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A bounded, expiring cache in front of another {@link ItemLookup}: at most {@code maxEntries} keys
 * (least recently used evicted first), each for {@code ttl} after it was loaded. Keys without an item
 * are cached too; failures of the store are not. Lives as long as the Lambda execution environment,
 * so a warm function reads each key about once per TTL. Safe for concurrent use.
 */
public final class CachingItemLookup implements ItemLookup {
    private final ItemLookup delegate;
    private final ExpiringCache<Map<String, Object>> cache;

    private CachingItemLookup(ItemLookup delegate, int maxEntries, Duration ttl, LongSupplier nanoClock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = new ExpiringCache<>(maxEntries, ttl, nanoClock);
    }

    /** Caches up to {@code maxEntries} keys for {@code ttl} each. */
    public static CachingItemLookup wrap(ItemLookup delegate, int maxEntries, Duration ttl) {
        return new CachingItemLookup(delegate, maxEntries, ttl, System::nanoTime);
    }

    /** As {@link #wrap(ItemLookup, int, Duration)} with a clock of nanoseconds, for tests. */
    static CachingItemLookup wrap(ItemLookup delegate, int maxEntries, Duration ttl, LongSupplier nanoClock) {
        return new CachingItemLookup(delegate, maxEntries, ttl, nanoClock);
    }

    @Override
    public Optional<Map<String, Object>> find(String key) {
        return cache.get(key, delegate::find);
    }

    /** Number of keys held now, expired ones included until they are touched or evicted. */
    public int size() {
        return cache.size();
    }
}
