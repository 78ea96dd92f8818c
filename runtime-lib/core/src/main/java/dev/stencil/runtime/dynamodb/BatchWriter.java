package dev.stencil.runtime.dynamodb;

import dev.stencil.runtime.internal.Backoff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts whole items with BatchWriteItem, 25 per request, and re-sends unprocessed items with exponential
 * backoff and jitter. Items with the same key in one call are sent in separate requests, in order, so the
 * last one wins (BatchWriteItem rejects duplicate keys in one request). Puts are idempotent, so retrying a
 * batch is safe.
 */
public final class BatchWriter {
    private static final int MAX_ITEMS_PER_REQUEST = 25;

    private final Supplier<DynamoDbClient> client;
    private final String tableName;
    private final List<String> keyAttributes;
    private final int maxAttempts;
    private final long initialBackoffMillis;

    private BatchWriter(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.tableName = Objects.requireNonNull(b.tableName, "tableName");
        this.keyAttributes = List.copyOf(b.keyAttributes);
        if (keyAttributes.isEmpty()) {
            throw new IllegalArgumentException("keyAttributes are required");
        }
        this.maxAttempts = b.maxAttempts;
        this.initialBackoffMillis = b.initialBackoffMillis;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the items; returns the positions (in {@code items}) of those still unprocessed after all
     * attempts, or that could not be sent at all. Empty means all were written.
     *
     * @throws DynamoDbWriteException if DynamoDB rejects a request as invalid
     */
    public List<Integer> write(List<Map<String, AttributeValue>> items) {
        List<Integer> failed = new ArrayList<>();
        List<Integer> chunk = new ArrayList<>();
        Set<List<AttributeValue>> keysInChunk = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            List<AttributeValue> key = keyOf(items.get(i));
            if (chunk.size() == MAX_ITEMS_PER_REQUEST || keysInChunk.contains(key)) {
                failed.addAll(send(chunk, items));
                chunk = new ArrayList<>();
                keysInChunk.clear();
            }
            chunk.add(i);
            keysInChunk.add(key);
        }
        if (!chunk.isEmpty()) {
            failed.addAll(send(chunk, items));
        }
        return failed;
    }

    private List<Integer> send(List<Integer> chunk, List<Map<String, AttributeValue>> items) {
        Map<Map<String, AttributeValue>, Integer> positionOf = new IdentityHashMap<>();
        List<WriteRequest> pending = new ArrayList<>();
        for (int position : chunk) {
            Map<String, AttributeValue> item = items.get(position);
            positionOf.put(item, position);
            pending.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int attempt = 1; attempt <= maxAttempts && !pending.isEmpty(); attempt++) {
            if (attempt > 1 && !pause(attempt - 1)) {
                break;
            }
            List<WriteRequest> sending = pending;
            try {
                BatchWriteItemResponse response = client.get().batchWriteItem(r -> r.requestItems(Map.of(tableName, sending)));
                pending = response.hasUnprocessedItems()
                        ? response.unprocessedItems().getOrDefault(tableName, List.of()) : List.of();
            } catch (DynamoDbException e) {
                if (e.statusCode() == 400 && e.awsErrorDetails() != null
                        && "ValidationException".equals(e.awsErrorDetails().errorCode())) {
                    throw new DynamoDbWriteException("BatchWriteItem on " + tableName + " rejected: "
                            + e.awsErrorDetails().errorMessage(), e);
                }
            } catch (SdkException e) {
                // Network trouble after the SDK's own retries: try the same requests again.
            }
        }
        List<Integer> failed = new ArrayList<>();
        Map<List<AttributeValue>, Integer> positionByKey = new HashMap<>();
        positionOf.forEach((item, position) -> positionByKey.put(keyOf(item), position));
        for (WriteRequest request : pending) {
            // Unprocessed items come back as new objects: find their positions by key (unique in a chunk).
            Integer position = positionByKey.get(keyOf(request.putRequest().item()));
            if (position != null) {
                failed.add(position);
            }
        }
        failed.sort(Integer::compare);
        return failed;
    }

    private boolean pause(int retry) {
        return Backoff.sleep(Backoff.delayMillis(retry, initialBackoffMillis, Long.MAX_VALUE));
    }

    private List<AttributeValue> keyOf(Map<String, AttributeValue> item) {
        List<AttributeValue> key = new ArrayList<>(keyAttributes.size());
        for (String name : keyAttributes) {
            AttributeValue value = item.get(name);
            if (value == null) {
                throw new IllegalArgumentException("item lacks key attribute " + name);
            }
            key.add(value);
        }
        return key;
    }

    /** Configures a writer; client, table name and key attribute names are required. */
    public static final class Builder {
        private Supplier<DynamoDbClient> client;
        private String tableName;
        private List<String> keyAttributes = List.of();
        private int maxAttempts = 8;
        private long initialBackoffMillis = 50;

        private Builder() {
        }

        public Builder client(DynamoDbClient client) {
            Objects.requireNonNull(client, "client");
            this.client = () -> client;
            return this;
        }

        /** A client built on first use (see {@code FromEnv}: built in the background while the handler starts). */
        public Builder client(Supplier<DynamoDbClient> client) {
            this.client = client;
            return this;
        }

        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** The table's key attribute names (partition key, then sort key if any). */
        public Builder keyAttributes(String... names) {
            this.keyAttributes = List.of(names);
            return this;
        }

        /** Rounds of BatchWriteItem per request, the first included (default 8). */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be positive");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** Backoff before the first re-send of unprocessed items, doubling each round (default 50 ms). */
        public Builder initialBackoffMillis(long millis) {
            this.initialBackoffMillis = millis;
            return this;
        }

        public BatchWriter build() {
            return new BatchWriter(this);
        }
    }
}
