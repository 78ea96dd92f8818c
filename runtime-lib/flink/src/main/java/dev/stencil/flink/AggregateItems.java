package dev.stencil.flink;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequest;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequestType;
import org.apache.flink.types.Row;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns one window of a declared aggregate into a DynamoDB item: an attribute per column of the
 * query's result (strings as S, numbers as N, the window's start and end as N epoch
 * milliseconds), the {@value AggregateSpec#KEY} attribute when the declaration keys by it, and
 * {@value AggregateSpec#EXPIRES_AT} (epoch seconds) when it gives a time to live. The item's key is
 * the group key and the window's start, so a window that fires again overwrites its item.
 */
public final class AggregateItems implements ElementConverter<Row, DynamoDbWriteRequest> {

    private static final long serialVersionUID = 1L;

    private final AggregateSpec spec;
    private final List<String> columns;

    /**
     * @param spec    the declaration
     * @param columns the names of the query's columns, in order
     */
    public AggregateItems(AggregateSpec spec, List<String> columns) {
        this.spec = spec;
        this.columns = List.copyOf(columns);
    }

    @Override
    public DynamoDbWriteRequest apply(Row window, SinkWriter.Context context) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object value = window.getField(i);
            if (value != null) {
                item.put(columns.get(i), attribute(value));
            }
        }
        if (spec.partitionKey().equals(AggregateSpec.KEY)) {
            item.put(AggregateSpec.KEY, AttributeValue.fromS(spec.key(name -> window.getField(columns.indexOf(name)))));
        }
        if (spec.ttlSeconds() > 0) {
            long end = millis(window.getField(columns.indexOf(AggregateSpec.WINDOW_END)));
            item.put(AggregateSpec.EXPIRES_AT, AttributeValue.fromN(Long.toString(end / 1000 + spec.ttlSeconds())));
        }
        return DynamoDbWriteRequest.builder().setType(DynamoDbWriteRequestType.PUT).setItem(item).build();
    }

    /**
     * A value of the query's result as an attribute: strings S, booleans BOOL, window bounds N epoch
     * milliseconds, doubles N in plain notation, other numbers N.
     *
     * @param value a non-null value
     * @return the attribute
     */
    public static AttributeValue attribute(Object value) {
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof LocalDateTime time) {
            return AttributeValue.fromN(Long.toString(millis(time)));
        }
        if (value instanceof Double d) {
            return AttributeValue.fromN(BigDecimal.valueOf(d).toPlainString());
        }
        return AttributeValue.fromN(value.toString());
    }

    /** A window bound as the query gives it (UTC, see {@link DeclaredAggregates}), epoch milliseconds. */
    private static long millis(Object time) {
        return ((LocalDateTime) time).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
