package dev.stencil.flink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stencil.defaults.KitDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * What an {@code aggregate:} arrow of the sidecar declares, as the plugin writes it beside the job
 * ({@code /stencil/aggregates/<Job>.json}): the columns of the stream's events, their event time,
 * the window, the group keys and measures, how the table is keyed and how long its items live.
 * The job reads its events with it; the local run evaluates the same declaration on its own.
 *
 * @param columns      the top-level fields of the schema, in schema order
 * @param eventTime    the column holding each event's time: epoch milliseconds, or an ISO-8601 string
 * @param window       the window
 * @param groupBy      the group keys, in declared order
 * @param measures     the measures, in declared order
 * @param partitionKey the table's partition key: the group key when there is one string key, else
 *                     {@value #KEY} ({@linkplain #key the keys joined})
 * @param sortKey      the table's sort key, the window's start in epoch milliseconds
 * @param ttlSeconds   how long after its window ends an item expires; 0 when it never does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AggregateSpec(List<Column> columns, String eventTime, Window window, List<String> groupBy,
        List<Measure> measures, String partitionKey, String sortKey, long ttlSeconds) implements Serializable {

    /** The partition key attribute when the group key is not one string field. */
    public static final String KEY = KitDefaults.Aggregates.COMPOSITE_KEY;

    /** The attribute holding when an item expires, epoch seconds (the table's TTL attribute). */
    public static final String EXPIRES_AT = KitDefaults.Aggregates.EXPIRES_AT;

    /** The column of each window's start in the query's result, the table's sort key. */
    public static final String WINDOW_START = KitDefaults.STANDARD.aggregates().sortKey();

    /** The column of each window's end in the query's result. */
    public static final String WINDOW_END = KitDefaults.Aggregates.WINDOW_END;

    private static final ObjectMapper JSON = new ObjectMapper();

    public AggregateSpec {
        columns = List.copyOf(columns);
        groupBy = List.copyOf(groupBy);
        measures = List.copyOf(measures);
    }

    /** What a column holds, as the job reads it from JSON. */
    public enum Type {
        STRING,
        INT,
        LONG,
        DOUBLE,
        BOOLEAN,
        /** A record, array or map: carried, never computed on, and not a column of the rows. */
        OTHER
    }

    /**
     * One top-level field of the schema.
     *
     * @param name     its JSON name
     * @param type     what it holds
     * @param optional whether it may be missing or null
     */
    public record Column(String name, Type type, boolean optional) implements Serializable {}

    /** How events are cut into windows. */
    public enum WindowKind { TUMBLE, HOP, SESSION }

    /**
     * A window.
     *
     * @param kind        tumbling, hopping or session
     * @param sizeMillis  its size; a session's gap
     * @param slideMillis how far a hopping window moves; its size for the others
     */
    public record Window(WindowKind kind, long sizeMillis, long slideMillis) implements Serializable {}

    /** What a measure computes. */
    public enum Operation { COUNT, SUM, MIN, MAX, AVG, COUNT_DISTINCT }

    /**
     * One measure of each window.
     *
     * @param name      the attribute it is written to
     * @param operation what it computes
     * @param field     the column it computes on; null for {@code count}
     */
    public record Measure(String name, Operation operation, String field) implements Serializable {}

    /**
     * Reads a declaration from the class path.
     *
     * @param resource such as {@code /stencil/aggregates/RevenueJob.json}
     * @return the declaration
     */
    public static AggregateSpec fromResource(String resource) {
        try (InputStream in = AggregateSpec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: generate the project again");
            }
            return JSON.readValue(in, AggregateSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The columns the rows hold: every column but those of type {@link Type#OTHER}. */
    public List<Column> rowColumns() {
        return columns.stream().filter(c -> c.type() != Type.OTHER).toList();
    }

    /**
     * The value of the {@value #KEY} attribute: the group keys' values joined by {@code #}, in
     * declared order ({@code all} when there are none). Used only when {@link #partitionKey} is
     * {@value #KEY}.
     *
     * @param value a group key's value by its name
     * @return the key
     */
    public String key(Function<String, Object> value) {
        if (groupBy.isEmpty()) {
            return "all";
        }
        StringJoiner key = new StringJoiner("#");
        groupBy.forEach(g -> key.add(String.valueOf(value.apply(g))));
        return key.toString();
    }
}
