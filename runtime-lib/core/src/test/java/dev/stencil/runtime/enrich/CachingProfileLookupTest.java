package dev.stencil.runtime.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.events.UserProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingProfileLookupTest {
    /** A store of profiles held in a map that counts how often each user was read. */
    static final class CountingStore implements ProfileLookup {
        final Map<String, UserProfile> profiles = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        int batchCalls;
        boolean down;

        CountingStore with(String userId, String segment) {
            profiles.put(userId, new UserProfile(userId, Map.of("segment", segment)));
            return this;
        }

        @Override
        public Optional<UserProfile> find(String userId) {
            if (down) {
                throw new ProfileLookupException("store down", null);
            }
            reads.add(userId);
            return Optional.ofNullable(profiles.get(userId));
        }

        @Override
        public Map<String, UserProfile> findAll(Collection<String> userIds) {
            batchCalls++;
            return ProfileLookup.super.findAll(userIds);
        }
    }

    private final CountingStore store = new CountingStore().with("u1", "pro").with("u2", "free").with("u3", "pro");
    private final AtomicLong now = new AtomicLong();

    @Test
    void readsEachUserOnceWithinTheTtl() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);

        assertThat(cache.find("u1")).map(p -> p.attributes().get("segment")).contains("pro");
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(cache.find("u1")).isPresent();

        assertThat(store.reads).containsExactly("u1");
    }

    @Test
    void readsAgainAfterTheTtl() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);
        cache.find("u1");
        store.with("u1", "enterprise");
        now.addAndGet(Duration.ofMinutes(5).toNanos());

        assertThat(cache.find("u1")).map(p -> p.attributes().get("segment")).contains("enterprise");
        assertThat(store.reads).containsExactly("u1", "u1");
    }

    @Test
    void remembersUsersWithoutAProfile() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);

        assertThat(cache.find("nobody")).isEmpty();
        assertThat(cache.find("nobody")).isEmpty();
        assertThat(store.reads).containsExactly("nobody");
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondItsBound() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 2, Duration.ofMinutes(5), now::get);
        cache.find("u1");
        cache.find("u2");
        cache.find("u1");
        cache.find("u3");

        assertThat(cache.size()).isEqualTo(2);
        cache.find("u1");
        cache.find("u2");
        assertThat(store.reads).containsExactly("u1", "u2", "u3", "u2");
    }

    @Test
    void doesNotCacheFailuresOfTheStore() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);
        store.down = true;
        assertThatThrownBy(() -> cache.find("u1")).isInstanceOf(ProfileLookupException.class);

        store.down = false;
        assertThat(cache.find("u1")).isPresent();
    }

    @Test
    void findAllAsksTheStoreOnlyForUsersNotCached() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);
        cache.find("u1");

        Map<String, UserProfile> found = cache.findAll(List.of("u1", "u2", "u2", "ghost", " "));

        assertThat(found).containsOnlyKeys("u1", "u2");
        assertThat(store.reads).containsExactly("u1", "u2", "ghost");
        assertThat(store.batchCalls).isEqualTo(1);
        cache.findAll(List.of("u1", "u2", "ghost"));
        assertThat(store.batchCalls).as("all three cached, ghost as absent").isEqualTo(1);
    }

    @Test
    void skipsBlankIdsWithoutAskingTheStore() {
        CachingProfileLookup cache = CachingProfileLookup.wrap(store, 10, Duration.ofMinutes(5), now::get);

        assertThat(cache.find(null)).isEmpty();
        assertThat(cache.find("")).isEmpty();
        assertThat(store.reads).isEmpty();
    }
}
