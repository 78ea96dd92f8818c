package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.UserProfile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads profiles from a DynamoDB table whose partition key is the user id (attribute {@code userId} by
 * default), through a {@link DynamoDbItemLookup}. String, number and boolean attributes become profile
 * attributes, numbers as DynamoDB holds them; others are skipped. {@link #findAll} uses BatchGetItem.
 * Wrap it in a {@link CachingProfileLookup}.
 */
public final class DynamoDbProfileLookup implements ProfileLookup {
    private final DynamoDbItemLookup items;

    private DynamoDbProfileLookup(DynamoDbItemLookup items) {
        this.items = items;
    }

    /** Profiles keyed by the attribute {@code userId}. */
    public static DynamoDbProfileLookup create(DynamoDbClient client, String tableName) {
        return create(client, tableName, "userId");
    }

    /** Profiles keyed by {@code userId}, read with a client that is still being built: the first read waits for it. */
    public static DynamoDbProfileLookup create(Supplier<DynamoDbClient> client, String tableName) {
        return new DynamoDbProfileLookup(DynamoDbItemLookup.create(client, tableName, "userId"));
    }

    /** Profiles keyed by the given string attribute. */
    public static DynamoDbProfileLookup create(DynamoDbClient client, String tableName, String keyAttribute) {
        Objects.requireNonNull(client, "client");
        return new DynamoDbProfileLookup(DynamoDbItemLookup.create(() -> client, tableName, keyAttribute));
    }

    @Override
    public Optional<UserProfile> find(String userId) {
        try {
            return items.raw(userId).map(item -> toProfile(userId, item));
        } catch (LookupException e) {
            throw new ProfileLookupException(e.getMessage(), e.getCause());
        }
    }

    @Override
    public Map<String, UserProfile> findAll(Collection<String> userIds) {
        Map<String, UserProfile> found = new HashMap<>();
        try {
            items.rawAll(userIds).forEach((id, item) -> found.put(id, toProfile(id, item)));
        } catch (LookupException e) {
            throw new ProfileLookupException(e.getMessage(), e.getCause());
        }
        return found;
    }

    private UserProfile toProfile(String userId, Map<String, AttributeValue> item) {
        Map<String, String> attributes = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.equals(items.keyAttribute())) {
                return;
            }
            if (value.s() != null) {
                attributes.put(name, value.s());
            } else if (value.n() != null) {
                attributes.put(name, value.n());
            } else if (value.bool() != null) {
                attributes.put(name, value.bool().toString());
            }
        });
        return new UserProfile(userId, attributes);
    }
}
