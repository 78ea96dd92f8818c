package dev.stencil.flink;

import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.dynamodb.sink.DynamoDbSink;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequest;

/** Builds DynamoDB sinks from a property group. */
public final class DynamoDbSinks {

    /** Property holding the table name; every other property of the group goes to the connector. */
    public static final String TABLE_NAME = "table.name";

    private DynamoDbSinks() {
    }

    /**
     * A sink putting whole items into the table named by the group's {@value #TABLE_NAME}.
     *
     * @param group     the table's property group, e.g. {@code aws.region}, {@code aws.endpoint}
     * @param converter element to item
     * @param keys      the table's key attributes; a batch keeps only the last item per key
     * @param <T>       element type
     * @return the sink
     */
    public static <T> DynamoDbSink<T> of(
            Properties group, ElementConverter<T, DynamoDbWriteRequest> converter, List<String> keys) {
        String table = Objects.requireNonNull(group.getProperty(TABLE_NAME), TABLE_NAME + " is not set");
        Properties client = new Properties();
        client.putAll(group);
        client.remove(TABLE_NAME);
        return DynamoDbSink.<T>builder()
                .setTableName(table)
                .setDynamoDbProperties(client)
                .setElementConverter(converter)
                .setOverwriteByPartitionKeys(keys)
                .build();
    }
}
