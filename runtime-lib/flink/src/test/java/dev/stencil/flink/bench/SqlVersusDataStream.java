package dev.stencil.flink.bench;

import dev.stencil.flink.AggregateSpec;
import dev.stencil.flink.ClickEvent;
import dev.stencil.flink.ClickEventSchema;
import dev.stencil.flink.DeclaredAggregates;
import dev.stencil.flink.JsonRows;
import dev.stencil.flink.PageClicks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * Records per second of the clickstream's count per page per minute on an embedded cluster, two
 * ways: today's DataStream job (Jackson data binding into {@link ClickEvent}, keyed tumbling windows)
 * and the Flink SQL job a declared aggregate generates ({@link JsonRows}, the TUMBLE window TVF),
 * on the same JSON bytes from a generator source, into a discarding sink. Not a test: it prints
 * figures. Arguments: events per run (default 2,000,000), runs per job (3, after one warm-up run).
 */
public final class SqlVersusDataStream {

    private static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final String SQL = """
            SELECT `page`, window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `clicks`
            FROM TABLE(TUMBLE(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '1' MINUTE))
            GROUP BY `page`, window_start, window_end""";
    private static final AggregateSpec CLICKS = new AggregateSpec(
            List.of(column("eventId"), column("userId"), column("sessionId"), column("page"), column("ip"),
                    column("userAgent"), new AggregateSpec.Column("timestamp", AggregateSpec.Type.LONG, false)),
            "timestamp", new AggregateSpec.Window(AggregateSpec.WindowKind.TUMBLE, 60_000, 60_000), List.of("page"),
            List.of(new AggregateSpec.Measure("clicks", AggregateSpec.Operation.COUNT, null)), "page",
            AggregateSpec.WINDOW_START, 0);

    private SqlVersusDataStream() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("count per page per 1-minute window, %,d JSON click events per run, parallelism 1%n", events);
        for (String job : List.of("datastream", "sql")) {
            run(job, events / 4);
            double best = 0;
            double total = 0;
            for (int i = 0; i < runs; i++) {
                double rate = run(job, events);
                best = Math.max(best, rate);
                total += rate;
            }
            System.out.printf("%-10s %,12.0f records/s best, %,12.0f mean of %d runs%n", job, best, total / runs, runs);
        }
    }

    private static double run(String job, long events) throws Exception {
        Configuration config = new Configuration();
        config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, org.apache.flink.configuration.MemorySize.ofMebiBytes(256));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, config);
        DataGeneratorSource<byte[]> source = new DataGeneratorSource<>((GeneratorFunction<Long, byte[]>) SqlVersusDataStream::click,
                events, RateLimiterStrategy.noOp(), PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        DataStream<byte[]> bytes = env.fromSource(source, WatermarkStrategy.noWatermarks(), "clicks");
        if (job.equals("datastream")) {
            ClickEventSchema schema = new ClickEventSchema();
            DataStream<ClickEvent> clicks = bytes.flatMap((byte[] b, Collector<ClickEvent> out) -> {
                ClickEvent click = schema.deserialize(b);
                if (click != null) {
                    out.collect(click);
                }
            }, TypeInformation.of(ClickEvent.class));
            PageClicks.countPerPage(clicks, PageClicks.watermarks(Duration.ofSeconds(5)), Duration.ofMinutes(1))
                    .sinkTo(new DiscardingSink<>());
        } else {
            JsonRows reader = new JsonRows(CLICKS);
            DataStream<Row> rows = bytes.flatMap((byte[] b, Collector<Row> out) -> {
                Row row = reader.deserialize(b);
                if (row != null) {
                    out.collect(row);
                }
            }, JsonRows.rowType(CLICKS)).assignTimestampsAndWatermarks(
                    DeclaredAggregates.eventTime(reader, Duration.ofSeconds(5), PageClicks.IDLENESS));
            StreamTableEnvironment tableEnv = DeclaredAggregates.tableEnvironment(env);
            Table windows = DeclaredAggregates.query(tableEnv, rows, SQL);
            tableEnv.toDataStream(windows).sinkTo(new DiscardingSink<>());
        }
        long start = System.nanoTime();
        env.execute(job);
        return events / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] click(long i) {
        return ("{\"eventId\":\"e-" + i + "\",\"userId\":\"u-" + (i % 1_000) + "\",\"sessionId\":\"s-" + (i % 5_000)
                + "\",\"page\":\"/products/" + (i % 50) + "\",\"ip\":\"10.0." + (i % 250) + ".7\","
                + "\"userAgent\":\"Mozilla/5.0 (bench)\",\"timestamp\":" + (T0 + i * 10) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static AggregateSpec.Column column(String name) {
        return new AggregateSpec.Column(name, AggregateSpec.Type.STRING, false);
    }
}
