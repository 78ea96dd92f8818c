package dev.stencil.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * Reads JSON events of a declared schema into rows with one column per top-level field (those
 * that are records, arrays or maps are checked for presence, not kept), in one pass of Jackson's
 * streaming parser. A record that is not a JSON object, lacks a required field, holds a value of
 * the wrong type or an event time that is not one is skipped (read as {@code null}), so one bad
 * record never stops the job.
 */
public final class JsonRows implements DeserializationSchema<Row> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();
    /** A value of the wrong type: the record is skipped. */
    private static final Object INVALID = new Object();

    private final AggregateSpec spec;
    private transient Map<String, Integer> positions;
    private transient List<AggregateSpec.Column> columns;
    private transient int[] rowPositions;
    private transient int timePosition;
    private transient int arity;

    /**
     * @param spec the declaration whose columns the rows hold
     */
    public JsonRows(AggregateSpec spec) {
        this.spec = spec;
    }

    /**
     * The rows' type: one named column per field that is not a record, array or map.
     *
     * @param spec the declaration
     * @return the type
     */
    public static TypeInformation<Row> rowType(AggregateSpec spec) {
        List<AggregateSpec.Column> columns = spec.rowColumns();
        return Types.ROW_NAMED(columns.stream().map(AggregateSpec.Column::name).toArray(String[]::new),
                columns.stream().map(c -> type(c.type())).toArray(TypeInformation<?>[]::new));
    }

    private static TypeInformation<?> type(AggregateSpec.Type type) {
        return switch (type) {
            case STRING -> Types.STRING;
            case INT -> Types.INT;
            case LONG -> Types.LONG;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case OTHER -> throw new IllegalArgumentException("not a column");
        };
    }

    /**
     * The event time of a row this reader read, epoch milliseconds.
     *
     * @param row the row
     * @return its time
     */
    public long eventTime(Row row) {
        if (positions == null) {
            index();
        }
        Object time = row.getField(timePosition);
        return time instanceof String iso ? Instant.parse(iso).toEpochMilli() : ((Number) time).longValue();
    }

    @Override
    public Row deserialize(byte[] message) {
        if (positions == null) {
            index();
        }
        try (JsonParser parser = JSON.createParser(message)) {
            return read(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void index() {
        columns = spec.columns();
        positions = new HashMap<>();
        rowPositions = new int[columns.size()];
        int next = 0;
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
            boolean kept = columns.get(i).type() != AggregateSpec.Type.OTHER;
            rowPositions[i] = kept ? next++ : -1;
            if (columns.get(i).name().equals(spec.eventTime())) {
                timePosition = rowPositions[i];
            }
        }
        arity = next;
    }

    private Row read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Object[] values = new Object[columns.size()];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer at = positions.get(parser.currentName());
            JsonToken token = parser.nextToken();
            if (at == null) {
                parser.skipChildren();
                continue;
            }
            Object value = value(columns.get(at).type(), token, parser);
            if (value == INVALID) {
                return null;
            }
            values[at] = value;
        }
        Row row = new Row(arity);
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] == null && !columns.get(i).optional()) {
                return null;
            }
            if (rowPositions[i] >= 0) {
                row.setField(rowPositions[i], values[i]);
            }
        }
        Object time = row.getField(timePosition);
        if (time instanceof String iso) {
            try {
                Instant.parse(iso);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return time == null ? null : row;
    }

    private static Object value(AggregateSpec.Type type, JsonToken token, JsonParser parser) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (type) {
            case STRING -> token == JsonToken.VALUE_STRING ? parser.getText() : INVALID;
            case INT -> token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                    ? parser.getIntValue() : INVALID;
            case LONG -> token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? parser.getLongValue() : INVALID;
            case DOUBLE -> token.isNumeric() ? parser.getDoubleValue() : INVALID;
            case BOOLEAN -> token.isBoolean() ? parser.getBooleanValue() : INVALID;
            case OTHER -> {
                parser.skipChildren();
                yield Boolean.TRUE;
            }
        };
    }

    @Override
    public boolean isEndOfStream(Row nextElement) {
        return false;
    }

    @Override
    public TypeInformation<Row> getProducedType() {
        return rowType(spec);
    }
}
