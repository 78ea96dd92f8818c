package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.UserProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads profiles from a DynamoDB table whose partition key is the user id (attribute {@code userId} by
 * default). String, number and boolean attributes become profile attributes; others are skipped.
 * {@link #findAll} uses BatchGetItem (100 keys a request) and re-requests unprocessed keys.
 * Wrap it in a {@link CachingProfileLookup}.
 */
public final class DynamoDbProfileLookup implements ProfileLookup {
    private static final int MAX_KEYS_PER_BATCH = 100;
    private static final int MAX_UNPROCESSED_ROUNDS = 8;

    private final Supplier<DynamoDbClient> client;
    private final String tableName;
    private final String keyAttribute;

    private DynamoDbProfileLookup(Supplier<DynamoDbClient> client, String tableName, String keyAttribute) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.keyAttribute = Objects.requireNonNull(keyAttribute, "keyAttribute");
    }

    /** Profiles keyed by the attribute {@code userId}. */
    public static DynamoDbProfileLookup create(DynamoDbClient client, String tableName) {
        return create(client, tableName, "userId");
    }

    /** Profiles keyed by {@code userId}, read with a client that is still being built: the first read waits for it. */
    public static DynamoDbProfileLookup create(Supplier<DynamoDbClient> client, String tableName) {
        return new DynamoDbProfileLookup(client, tableName, "userId");
    }

    /** Profiles keyed by the given string attribute. */
    public static DynamoDbProfileLookup create(DynamoDbClient client, String tableName, String keyAttribute) {
        Objects.requireNonNull(client, "client");
        return new DynamoDbProfileLookup(() -> client, tableName, keyAttribute);
    }

    @Override
    public Optional<UserProfile> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<String, AttributeValue> item = client.get().getItem(r -> r.tableName(tableName)
                    .key(Map.of(keyAttribute, AttributeValue.fromS(userId)))).item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toProfile(userId, item));
        } catch (SdkException e) {
            throw new ProfileLookupException("reading profile of one user from table " + tableName + " failed", e);
        }
    }

    @Override
    public Map<String, UserProfile> findAll(Collection<String> userIds) {
        List<String> ids = new ArrayList<>();
        for (String id : new LinkedHashSet<>(userIds)) {
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        Map<String, UserProfile> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_BATCH) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_BATCH))) {
                keys.add(Map.of(keyAttribute, AttributeValue.fromS(id)));
            }
            fetch(keys, found);
        }
        return found;
    }

    private void fetch(List<Map<String, AttributeValue>> keys, Map<String, UserProfile> found) {
        Map<String, KeysAndAttributes> request = Map.of(tableName, KeysAndAttributes.builder().keys(keys).build());
        try {
            for (int round = 0; !request.isEmpty(); round++) {
                if (round == MAX_UNPROCESSED_ROUNDS) {
                    throw new ProfileLookupException("table " + tableName + " left keys unprocessed after "
                            + round + " BatchGetItem rounds", null);
                }
                if (round > 0) {
                    sleepBeforeRetry(round);
                }
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = client.get().batchGetItem(r -> r.requestItems(pending));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(tableName, List.of())) {
                    AttributeValue key = item.get(keyAttribute);
                    if (key != null && key.s() != null) {
                        found.put(key.s(), toProfile(key.s(), item));
                    }
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        } catch (SdkException e) {
            throw new ProfileLookupException("reading profiles from table " + tableName + " failed", e);
        }
    }

    private static void sleepBeforeRetry(int round) {
        try {
            Thread.sleep(Math.min(1000L, 25L << round));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileLookupException("interrupted while waiting to retry unprocessed keys", e);
        }
    }

    private UserProfile toProfile(String userId, Map<String, AttributeValue> item) {
        Map<String, String> attributes = new HashMap<>();
        item.forEach((name, value) -> {
            if (name.equals(keyAttribute)) {
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
