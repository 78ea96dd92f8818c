package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.UserProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A bounded, expiring cache in front of another {@link ProfileLookup}.
 *
 * <p>Holds at most {@code maxEntries} users (least recently used evicted first), each for {@code ttl}
 * after it was loaded. Users without a profile are cached too, so that anonymous or unknown ids do not
 * hit the store on every event. Failures of the store are not cached. Safe for concurrent use; lives as
 * long as the Lambda execution environment, so a warm function reads each user about once per TTL.
 */
public final class CachingProfileLookup implements ProfileLookup {
    private final ProfileLookup delegate;
    private final ExpiringCache<UserProfile> cache;

    private CachingProfileLookup(ProfileLookup delegate, int maxEntries, Duration ttl, LongSupplier nanoClock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = new ExpiringCache<>(maxEntries, ttl, nanoClock);
    }

    /** Caches up to {@code maxEntries} users for {@code ttl} each. */
    public static CachingProfileLookup wrap(ProfileLookup delegate, int maxEntries, Duration ttl) {
        return new CachingProfileLookup(delegate, maxEntries, ttl, System::nanoTime);
    }

    /** As {@link #wrap(ProfileLookup, int, Duration)} with a clock of nanoseconds, for tests. */
    static CachingProfileLookup wrap(ProfileLookup delegate, int maxEntries, Duration ttl, LongSupplier nanoClock) {
        return new CachingProfileLookup(delegate, maxEntries, ttl, nanoClock);
    }

    @Override
    public Optional<UserProfile> find(String userId) {
        return cache.get(userId, delegate::find);
    }

    @Override
    public Map<String, UserProfile> findAll(Collection<String> userIds) {
        Map<String, UserProfile> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String userId : new LinkedHashSet<>(userIds)) {
            if (userId == null || userId.isBlank()) {
                continue;
            }
            ExpiringCache.Entry<UserProfile> cached = cache.get(userId);
            if (cached == null) {
                missing.add(userId);
            } else if (cached.value() != null) {
                found.put(userId, cached.value());
            }
        }
        if (!missing.isEmpty()) {
            Map<String, UserProfile> loaded = delegate.findAll(missing);
            for (String userId : missing) {
                UserProfile profile = loaded.get(userId);
                cache.put(userId, profile);
                if (profile != null) {
                    found.put(userId, profile);
                }
            }
        }
        return found;
    }

    /** Number of users held now, expired ones included until they are touched or evicted. */
    public int size() {
        return cache.size();
    }
}
