package dev.stencil.runtime.enrich;

import dev.stencil.runtime.internal.Backoff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Reads items of a DynamoDB table whose partition key is one string attribute: {@link #find} with
 * GetItem (eventually consistent, as lookups of reference data may be), {@link #findAll} with
 * BatchGetItem (100 keys a request, unprocessed keys requested again). Attributes become plain Java
 * values: S a string, N a {@code Long} when whole and in range, else a {@code Double}, BOOL a boolean,
 * M a map, L a list, SS and NS lists, B base64 text, NULL {@code null}. Wrap it in a
 * {@link CachingItemLookup}.
 */
public final class DynamoDbItemLookup implements ItemLookup {
    private static final int MAX_KEYS_PER_BATCH = 100;
    private static final int MAX_UNPROCESSED_ROUNDS = 8;

    private final Supplier<DynamoDbClient> client;
    private final String tableName;
    private final String keyAttribute;

    private DynamoDbItemLookup(Supplier<DynamoDbClient> client, String tableName, String keyAttribute) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.keyAttribute = Objects.requireNonNull(keyAttribute, "keyAttribute");
    }

    /**
     * Items keyed by the given string attribute, read with a client that may still be being built: the
     * first read waits for it.
     */
    public static DynamoDbItemLookup create(Supplier<DynamoDbClient> client, String tableName, String keyAttribute) {
        return new DynamoDbItemLookup(client, tableName, keyAttribute);
    }

    @Override
    public Optional<Map<String, Object>> find(String key) {
        return raw(key).map(DynamoDbItemLookup::values);
    }

    /** The items of all given keys that have one, by key; blank keys are skipped. */
    public Map<String, Map<String, Object>> findAll(Collection<String> keys) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        rawAll(keys).forEach((key, item) -> found.put(key, values(item)));
        return found;
    }

    /** The item as DynamoDB holds it. */
    Optional<Map<String, AttributeValue>> raw(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        try {
            Map<String, AttributeValue> item = client.get().getItem(r -> r.tableName(tableName)
                    .key(Map.of(keyAttribute, AttributeValue.fromS(key)))).item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
        } catch (SdkException e) {
            throw new LookupException("reading one item of table " + tableName + " failed", e);
        }
    }

    /** The items as DynamoDB holds them, by key. */
    Map<String, Map<String, AttributeValue>> rawAll(Collection<String> keys) {
        List<String> ids = new ArrayList<>();
        for (String id : new LinkedHashSet<>(keys)) {
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_BATCH) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_BATCH))) {
                batch.add(Map.of(keyAttribute, AttributeValue.fromS(id)));
            }
            fetch(batch, found);
        }
        return found;
    }

    String keyAttribute() {
        return keyAttribute;
    }

    private void fetch(List<Map<String, AttributeValue>> keys, Map<String, Map<String, AttributeValue>> found) {
        Map<String, KeysAndAttributes> request = Map.of(tableName, KeysAndAttributes.builder().keys(keys).build());
        try {
            for (int round = 0; !request.isEmpty(); round++) {
                if (round == MAX_UNPROCESSED_ROUNDS) {
                    throw new LookupException("table " + tableName + " left keys unprocessed after "
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
                        found.put(key.s(), item);
                    }
                }
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        } catch (SdkException e) {
            throw new LookupException("reading items of table " + tableName + " failed", e);
        }
    }

    private static void sleepBeforeRetry(int round) {
        if (!Backoff.sleep(Backoff.delayMillis(round, 25, 1_000))) {
            throw new LookupException("interrupted while waiting to retry unprocessed keys", null);
        }
    }

    /** An item's attributes as plain Java values, in the item's order. */
    static Map<String, Object> values(Map<String, AttributeValue> item) {
        Map<String, Object> values = new LinkedHashMap<>();
        item.forEach((name, value) -> values.put(name, value(value)));
        return values;
    }

    private static Object value(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> number(value.n());
            case BOOL -> value.bool();
            case M -> values(value.m());
            case L -> value.l().stream().map(DynamoDbItemLookup::value).toList();
            case SS -> List.copyOf(value.ss());
            case NS -> value.ns().stream().map(DynamoDbItemLookup::number).toList();
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case BS -> value.bs().stream().map(b -> Base64.getEncoder().encodeToString(b.asByteArray())).toList();
            case NUL, UNKNOWN_TO_SDK_VERSION -> null;
        };
    }

    private static Number number(String n) {
        BigDecimal decimal = new BigDecimal(n);
        try {
            return decimal.longValueExact();
        } catch (ArithmeticException notWhole) {
            return decimal.doubleValue();
        }
    }
}
