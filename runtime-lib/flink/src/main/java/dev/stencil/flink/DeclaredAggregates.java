package dev.stencil.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;

/**
 * A Flink SQL job of a declared {@code aggregate:} arrow. Its streams are read by the Kinesis
 * source (watermarks follow each shard) as rows of the schema ({@link JsonRows}) and registered as
 * the table {@value #EVENTS}, whose time attribute {@code rowtime} is each event's time with the
 * source's watermark; the generated query (window TVF, group keys, measures) runs on it in UTC; every
 * window it emits is put into each table ({@link AggregateItems}).
 */
public final class DeclaredAggregates {

    /** The name the query reads the events by. */
    public static final String EVENTS = "events";

    private DeclaredAggregates() {
    }

    /**
     * Builds and runs the job.
     *
     * @param properties the application's property groups
     * @param name       the job's name
     * @param group      the job's own property group ({@code watermark.max-out-of-orderness}, default 5 s)
     * @param streams    the property groups of the streams it reads
     * @param tables     the property groups of the tables it writes
     * @param spec       the declaration's resource, such as {@code /stencil/aggregates/RevenueJob.json}
     * @param sql        the query's resource, such as {@code /stencil/sql/RevenueJob.sql}
     * @throws Exception if the job cannot be built or fails
     */
    public static void run(AppProperties properties, String name, String group, List<String> streams,
            List<String> tables, String spec, String sql) throws Exception {
        AggregateSpec declared = AggregateSpec.fromResource(spec);
        Duration maxOutOfOrderness = properties.duration(group, "watermark.max-out-of-orderness", Duration.ofSeconds(5));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        TypeInformation<Row> rows = JsonRows.rowType(declared);
        DataStream<Row> events = null;
        for (String stream : streams) {
            JsonRows reader = new JsonRows(declared);
            DataStream<Row> read = env.fromSource(KinesisSources.of(properties.group(stream), reader),
                    eventTime(reader, maxOutOfOrderness, PageClicks.idleness(properties, stream)), stream, rows);
            events = events == null ? read : events.union(read);
        }
        StreamTableEnvironment tableEnv = tableEnvironment(env);
        Table windows = query(tableEnv, events, resource(sql));
        DataStream<Row> items = tableEnv.toDataStream(windows);
        List<String> columns = windows.getResolvedSchema().getColumnNames();
        for (String table : tables) {
            items.sinkTo(DynamoDbSinks.of(properties.group(table), new AggregateItems(declared, columns),
                    List.of(declared.partitionKey(), declared.sortKey()))).name(table);
        }
        env.execute(name);
    }

    /**
     * Plans a declaration's query as the job would, on its schema's rows, without reading a stream:
     * a query Flink cannot parse, validate or optimize fails here with Flink's own message, and so
     * does a result without the table's keys.
     *
     * @param spec the declaration's resource
     * @param sql  the query's resource
     * @return the names of the result's columns, each an attribute of the items
     */
    public static List<String> plan(String spec, String sql) {
        AggregateSpec declared = AggregateSpec.fromResource(spec);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JsonRows reader = new JsonRows(declared);
        DataStream<Row> none = env.fromData(List.<Row>of(), JsonRows.rowType(declared))
                .assignTimestampsAndWatermarks(eventTime(reader, Duration.ofSeconds(5), PageClicks.IDLENESS));
        Table windows = query(tableEnvironment(env), none, resource(sql));
        windows.explain();
        List<String> columns = windows.getResolvedSchema().getColumnNames();
        for (String key : List.of(declared.partitionKey(), declared.sortKey(), AggregateSpec.WINDOW_END)) {
            if (!key.equals(AggregateSpec.KEY) && !columns.contains(key)) {
                throw new IllegalStateException(sql + " gives no column " + key + ", which the items need: " + columns);
            }
        }
        return columns;
    }

    /**
     * The table environment the query runs in: windows start and end in UTC.
     *
     * @param env the job's environment
     * @return its table environment
     */
    public static StreamTableEnvironment tableEnvironment(StreamExecutionEnvironment env) {
        StreamTableEnvironment tableEnv = StreamTableEnvironment.create(env);
        tableEnv.getConfig().setLocalTimeZone(ZoneOffset.UTC);
        return tableEnv;
    }

    /**
     * Registers events that carry timestamps and watermarks as {@value #EVENTS} and plans a query
     * on them.
     *
     * @param tableEnv the table environment
     * @param events   the events, with their event time and the source's watermarks
     * @param sql      the query
     * @return its result
     */
    public static Table query(StreamTableEnvironment tableEnv, DataStream<Row> events, String sql) {
        tableEnv.createTemporaryView(EVENTS, events, Schema.newBuilder()
                .columnByMetadata("rowtime", "TIMESTAMP_LTZ(3)")
                .watermark("rowtime", "SOURCE_WATERMARK()")
                .build());
        return tableEnv.sqlQuery(sql);
    }

    /**
     * Event time and watermarks for a source of rows: bounded out-of-orderness, per shard.
     *
     * @param reader            how the source reads rows, which knows their event time
     * @param maxOutOfOrderness how late an event may arrive within its shard and still count
     * @param idleness          how long a shard may be quiet before the watermark moves on without it
     * @return the strategy
     */
    public static WatermarkStrategy<Row> eventTime(JsonRows reader, Duration maxOutOfOrderness, Duration idleness) {
        return WatermarkStrategy.<Row>forBoundedOutOfOrderness(maxOutOfOrderness).withIdleness(idleness)
                .withTimestampAssigner((row, previous) -> reader.eventTime(row));
    }

    private static String resource(String name) {
        try (InputStream in = DeclaredAggregates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the class path: generate the project again");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
