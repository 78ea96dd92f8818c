package dev.stencil.runtime.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Adds counters to per-key, per-window items with atomic {@code ADD}, so that a retried batch never
 * counts a record twice.
 *
 * <h2>Idempotency</h2>
 * Each item remembers, per shard, the highest sequence number it has counted (attribute
 * {@code seq_<stream>/<shardId>}, the number zero-padded to 129 digits so that text order is number order;
 * the stream is part of the name because shard ids repeat in every stream, and one table can be fed from
 * several).
 * One update per (key, window, shard) adds the sum of that shard's contributions and raises the mark,
 * on condition that the mark is below the smallest sequence number being added. If the condition fails
 * (a retry of records already counted), the writer reads the mark, drops the contributions at or below
 * it and tries again with the condition that the mark has not moved. This is exact as long as each shard
 * is processed in order and a batch is only retried from its first unfinished record, which is what
 * Lambda's event source mapping (and the local runner) guarantee with the partial batch response of
 * {@code KinesisBatchHandler}. It costs one write per key, window and shard in a batch, plus a read
 * when a retry overlaps, and one small attribute per shard per item.
 *
 * <p>Item layout: partition key {@code pk} (S, the contribution key) and sort key {@code window}
 * (N, window start in epoch ms) by default, one number attribute per counter.
 */
public final class AggregateWriter {
    private static final int SEQUENCE_WIDTH = 129;
    private static final int MAX_CONDITION_ROUNDS = 5;

    private final Supplier<DynamoDbClient> client;
    private final String tableName;
    private final String partitionKey;
    private final String sortKey;

    private AggregateWriter(Builder b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.tableName = Objects.requireNonNull(b.tableName, "tableName");
        this.partitionKey = b.partitionKey;
        this.sortKey = b.sortKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Applies the contributions and returns those that could not be written (throttled past the SDK's
     * retries, or the store unreachable); all others are counted exactly once.
     *
     * @throws DynamoDbWriteException if DynamoDB rejects the update itself (bad table, bad key schema)
     */
    public List<Contribution> write(List<Contribution> contributions) {
        Map<GroupKey, List<Contribution>> groups = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            groups.computeIfAbsent(new GroupKey(c.key(), c.windowStart(), c.shardId()), k -> new ArrayList<>()).add(c);
        }
        List<Contribution> failed = new ArrayList<>();
        groups.forEach((group, members) -> {
            try {
                apply(group, members);
            } catch (DynamoDbException e) {
                if (isClientError(e)) {
                    throw new DynamoDbWriteException("update of " + tableName + " rejected: "
                            + e.awsErrorDetails().errorMessage(), e);
                }
                failed.addAll(members);
            } catch (SdkException e) {
                failed.addAll(members);
            }
        });
        return failed;
    }

    private void apply(GroupKey group, List<Contribution> members) {
        String markName = "seq_" + group.shardId;
        String expectedMark = null;
        List<Contribution> pending = members;
        for (int round = 0; round < MAX_CONDITION_ROUNDS; round++) {
            if (pending.isEmpty()) {
                return;
            }
            try {
                update(group, markName, pending, expectedMark);
                return;
            } catch (ConditionalCheckFailedException e) {
                expectedMark = currentMark(group, markName);
                String mark = expectedMark;
                List<Contribution> newer = new ArrayList<>();
                for (Contribution c : pending) {
                    if (mark == null || pad(c.sequenceNumber()).compareTo(mark) > 0) {
                        newer.add(c);
                    }
                }
                pending = newer;
            }
        }
        throw new DynamoDbWriteException("sequence mark of " + group + " kept moving; another writer is"
                + " processing the same shard", null);
    }

    private void update(GroupKey group, String markName, List<Contribution> pending, String expectedMark) {
        Map<String, Long> sums = new LinkedHashMap<>();
        String min = null;
        String max = null;
        for (Contribution c : pending) {
            c.counters().forEach((name, amount) -> sums.merge(name, amount, Long::sum));
            String padded = pad(c.sequenceNumber());
            min = min == null || padded.compareTo(min) < 0 ? padded : min;
            max = max == null || padded.compareTo(max) > 0 ? padded : max;
        }
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#mark", markName);
        values.put(":max", AttributeValue.fromS(max));
        StringBuilder add = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            names.put("#c" + i, sum.getKey());
            values.put(":c" + i, AttributeValue.fromN(Long.toString(sum.getValue())));
            add.append(i == 0 ? "ADD " : ", ").append("#c").append(i).append(" :c").append(i);
            i++;
        }
        String condition;
        if (expectedMark == null) {
            values.put(":min", AttributeValue.fromS(min));
            condition = "attribute_not_exists(#mark) OR #mark < :min";
        } else {
            values.put(":expected", AttributeValue.fromS(expectedMark));
            condition = "#mark = :expected";
        }
        String expression = "SET #mark = :max" + (add.length() == 0 ? "" : " " + add);
        client.get().updateItem(r -> r.tableName(tableName)
                .key(key(group))
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }

    private String currentMark(GroupKey group, String markName) {
        Map<String, AttributeValue> item = client.get().getItem(r -> r.tableName(tableName).key(key(group))
                .consistentRead(true)
                .projectionExpression("#mark")
                .expressionAttributeNames(Map.of("#mark", markName))).item();
        AttributeValue mark = item == null ? null : item.get(markName);
        return mark == null ? null : mark.s();
    }

    private Map<String, AttributeValue> key(GroupKey group) {
        return Map.of(partitionKey, AttributeValue.fromS(group.key),
                sortKey, AttributeValue.fromN(Long.toString(group.windowStart)));
    }

    static String pad(String sequenceNumber) {
        if (sequenceNumber.length() > SEQUENCE_WIDTH || !sequenceNumber.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a Kinesis sequence number: " + sequenceNumber);
        }
        return "0".repeat(SEQUENCE_WIDTH - sequenceNumber.length()) + sequenceNumber;
    }

    private static boolean isClientError(DynamoDbException e) {
        return e.statusCode() == 400 && e.awsErrorDetails() != null
                && !"ProvisionedThroughputExceededException".equals(e.awsErrorDetails().errorCode())
                && !"ThrottlingException".equals(e.awsErrorDetails().errorCode())
                && !"RequestLimitExceeded".equals(e.awsErrorDetails().errorCode());
    }

    private record GroupKey(String key, long windowStart, String shardId) {
    }

    /** Configures a writer; {@link #client} and {@link #tableName} are required. */
    public static final class Builder {
        private Supplier<DynamoDbClient> client;
        private String tableName;
        private String partitionKey = "pk";
        private String sortKey = "window";

        private Builder() {
        }

        public Builder client(DynamoDbClient client) {
            Objects.requireNonNull(client, "client");
            this.client = () -> client;
            return this;
        }

        /** A client that is still being built (e.g. in the background): the first write waits for it. */
        public Builder client(Supplier<DynamoDbClient> client) {
            this.client = client;
            return this;
        }

        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Name of the string partition key holding the aggregate key (default {@code pk}). */
        public Builder partitionKey(String name) {
            this.partitionKey = name;
            return this;
        }

        /** Name of the number sort key holding the window start (default {@code window}). */
        public Builder sortKey(String name) {
            this.sortKey = name;
            return this;
        }

        public AggregateWriter build() {
            return new AggregateWriter(this);
        }
    }
}
