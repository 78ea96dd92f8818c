package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.UserProfile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds user profiles by user id.
 *
 * @see DynamoDbProfileLookup
 * @see CachingProfileLookup
 */
public interface ProfileLookup {
    /**
     * The profile of {@code userId}, or empty if there is none (or {@code userId} is null or blank).
     *
     * @throws ProfileLookupException if the store could not be read
     */
    Optional<UserProfile> find(String userId);

    /**
     * The profiles of all given users that have one, by user id; blank ids are skipped. Implementations
     * backed by a store fetch them in as few requests as possible.
     *
     * @throws ProfileLookupException if the store could not be read
     */
    default Map<String, UserProfile> findAll(Collection<String> userIds) {
        Map<String, UserProfile> found = new HashMap<>();
        for (String userId : userIds) {
            find(userId).ifPresent(p -> found.put(userId, p));
        }
        return found;
    }

    /** A lookup that knows no one: for pipelines without a profile join. */
    static ProfileLookup none() {
        return userId -> Optional.empty();
    }
}
