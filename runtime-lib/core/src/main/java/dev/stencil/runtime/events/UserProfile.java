package dev.stencil.runtime.events;

import java.util.Map;
import java.util.Objects;

/**
 * What the profile table knows about a user: its string and number attributes, by name.
 *
 * @param userId     the user
 * @param attributes attribute name to value (numbers as their decimal text), never {@code null}
 */
public record UserProfile(String userId, Map<String, String> attributes) {
    public UserProfile {
        Objects.requireNonNull(userId, "userId");
        attributes = Map.copyOf(attributes);
    }
}
