package dev.stencil.flink;

import dev.stencil.defaults.KitDefaults;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequest;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequestType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a {@link PageCount} into a DynamoDB item of the aggregates table.
 *
 * <p>Item layout, shared by every aggregates table Stencil generates (functions write the same
 * keys): partition key {@code page} (S), sort key {@code windowStart} (N, epoch milliseconds, so a
 * page's windows sort by time), {@code windowEnd} (S, ISO-8601 instant, for people) and
 * {@code clicks} (N). A window that fires again overwrites its item, so writes are idempotent.
 */
public final class PageCountItems implements ElementConverter<PageCount, DynamoDbWriteRequest> {

    private static final long serialVersionUID = 1L;

    /** Partition key attribute (the kit's default, as the stack creates the table). */
    public static final String PARTITION_KEY = KitDefaults.STANDARD.aggregates().partitionKey();

    /** Sort key attribute. */
    public static final String SORT_KEY = KitDefaults.STANDARD.aggregates().sortKey();

    /** The counter attribute. */
    public static final String COUNTER = KitDefaults.STANDARD.aggregates().counter();

    @Override
    public DynamoDbWriteRequest apply(PageCount count, SinkWriter.Context context) {
        return DynamoDbWriteRequest.builder()
                .setType(DynamoDbWriteRequestType.PUT)
                .setItem(Map.of(
                        PARTITION_KEY, AttributeValue.fromS(count.page()),
                        SORT_KEY, AttributeValue.fromN(Long.toString(count.windowStart())),
                        "windowEnd", AttributeValue.fromS(Instant.ofEpochMilli(count.windowEnd()).toString()),
                        COUNTER, AttributeValue.fromN(Long.toString(count.clicks()))))
                .build();
    }
}
