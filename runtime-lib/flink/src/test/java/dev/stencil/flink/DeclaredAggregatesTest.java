package dev.stencil.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The SQL path of declared aggregates on an embedded cluster: JSON rows, the window TVFs, the items. */
class DeclaredAggregatesTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(1)
                    .build());

    private static final long T0 = Instant.parse("2026-01-01T10:00:00Z").toEpochMilli();

    private static final AggregateSpec READINGS = new AggregateSpec(List.of(
            new AggregateSpec.Column("deviceId", AggregateSpec.Type.STRING, false),
            new AggregateSpec.Column("temperature", AggregateSpec.Type.DOUBLE, false),
            new AggregateSpec.Column("battery", AggregateSpec.Type.INT, true),
            new AggregateSpec.Column("tags", AggregateSpec.Type.OTHER, false),
            new AggregateSpec.Column("ts", AggregateSpec.Type.LONG, false)),
            "ts", new AggregateSpec.Window(AggregateSpec.WindowKind.TUMBLE, 60_000, 60_000), List.of("deviceId"),
            List.of(new AggregateSpec.Measure("readings", AggregateSpec.Operation.COUNT, null)),
            "deviceId", AggregateSpec.WINDOW_START, 86_400);

    @Test
    void readsEventsOfTheSchemaAndSkipsWhatIsNotOne() {
        JsonRows rows = new JsonRows(READINGS);

        Row row = rows.deserialize(bytes("{\"deviceId\":\"d-1\",\"temperature\":21,\"tags\":[\"a\"],\"extra\":{\"x\":1},\"ts\":" + T0 + "}"));
        assertEquals(Row.of("d-1", 21.0, null, T0), row);
        assertEquals(T0, rows.eventTime(row));

        assertNull(rows.deserialize(bytes("\u0000not JSON")));
        assertNull(rows.deserialize(bytes("[{\"deviceId\":\"d-1\"}]")), "an array");
        assertNull(rows.deserialize(bytes("{\"deviceId\":\"d-1\",\"temperature\":1,\"ts\":1}")), "no tags");
        assertNull(rows.deserialize(bytes("{\"deviceId\":\"d-1\",\"temperature\":\"hot\",\"tags\":[],\"ts\":1}")));
        assertNull(rows.deserialize(bytes("{\"deviceId\":\"d-1\",\"temperature\":1,\"battery\":1.5,\"tags\":[],\"ts\":1}")));
        assertNull(rows.deserialize(bytes("{\"deviceId\":null,\"temperature\":1,\"tags\":[],\"ts\":1}")));
        assertNull(rows.deserialize(bytes("\"an event\"")));
    }

    @Test
    void readsAnIsoEventTime() {
        AggregateSpec iso = new AggregateSpec(List.of(new AggregateSpec.Column("at", AggregateSpec.Type.STRING, false)),
                "at", READINGS.window(), List.of(), READINGS.measures(), AggregateSpec.KEY, AggregateSpec.WINDOW_START, 0);
        JsonRows rows = new JsonRows(iso);

        assertEquals(T0, rows.eventTime(rows.deserialize(bytes("{\"at\":\"2026-01-01T10:00:00Z\"}"))));
        assertNull(rows.deserialize(bytes("{\"at\":\"yesterday\"}")));
    }

    @Test
    void tumblingWindowsPerKeyWithEveryMeasure() throws Exception {
        List<Map<String, AttributeValue>> items = run(READINGS, """
                SELECT `deviceId`, window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `readings`,
                  AVG(CAST(`temperature` AS DOUBLE)) AS `avgTemp`, MAX(`temperature`) AS `maxTemp`,
                  SUM(CAST(`battery` AS BIGINT)) AS `battery`, COUNT(DISTINCT `temperature`) AS `levels`
                FROM TABLE(TUMBLE(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '1' MINUTE))
                GROUP BY `deviceId`, window_start, window_end""",
                reading("d-1", 20, 0), reading("d-1", 22, 10), reading("d-2", 30, 20), reading("d-1", 22, 70));

        assertEquals(List.of(
                Map.of("deviceId", "d-1", "windowStart", T0, "windowEnd", T0 + 60_000, "readings", 2L, "avgTemp", "21",
                        "maxTemp", "22", "battery", 2L, "levels", 2L, "expiresAt", (T0 + 60_000) / 1000 + 86_400),
                Map.of("deviceId", "d-1", "windowStart", T0 + 60_000, "windowEnd", T0 + 120_000, "readings", 1L,
                        "avgTemp", "22", "maxTemp", "22", "battery", 1L, "levels", 1L,
                        "expiresAt", (T0 + 120_000) / 1000 + 86_400),
                Map.of("deviceId", "d-2", "windowStart", T0, "windowEnd", T0 + 60_000, "readings", 1L, "avgTemp", "30",
                        "maxTemp", "30", "battery", 1L, "levels", 1L, "expiresAt", (T0 + 60_000) / 1000 + 86_400)),
                plain(items));
    }

    @Test
    void hoppingWindowsLongerThanTwoDigitsOfSeconds() throws Exception {
        List<Map<String, AttributeValue>> items = run(READINGS, """
                SELECT `deviceId`, window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `readings`
                FROM TABLE(HOP(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '60' SECOND, INTERVAL '120' SECOND(3)))
                GROUP BY `deviceId`, window_start, window_end""",
                reading("d-1", 20, 0), reading("d-1", 22, 70));

        assertEquals(List.of(T0 - 60_000, T0, T0 + 60_000),
                items.stream().map(i -> Long.parseLong(i.get("windowStart").n())).toList());
        assertEquals(List.of("1", "2", "1"), items.stream().map(i -> i.get("readings").n()).toList());
    }

    @Test
    void sessionWindowsWithACompositeKey() throws Exception {
        AggregateSpec sessions = new AggregateSpec(READINGS.columns(), "ts",
                new AggregateSpec.Window(AggregateSpec.WindowKind.SESSION, 30_000, 30_000), List.of("deviceId", "battery"),
                READINGS.measures(), AggregateSpec.KEY, AggregateSpec.WINDOW_START, 0);
        List<Map<String, AttributeValue>> items = run(sessions, """
                SELECT `deviceId`, `battery`, window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `readings`
                FROM TABLE(SESSION(TABLE `events` PARTITION BY (`deviceId`, `battery`), DESCRIPTOR(`rowtime`), INTERVAL '30' SECOND))
                GROUP BY `deviceId`, `battery`, window_start, window_end""",
                reading("d-1", 20, 0), reading("d-1", 22, 20), reading("d-1", 22, 100));

        assertEquals(List.of("d-1#1@" + T0 + "-" + (T0 + 50_000) + "=2", "d-1#1@" + (T0 + 100_000) + "-" + (T0 + 130_000) + "=1"),
                items.stream().map(i -> i.get("key").s() + "@" + i.get("windowStart").n() + "-" + i.get("windowEnd").n()
                        + "=" + i.get("readings").n()).toList());
    }

    @Test
    void anEventExactlyOneGapAfterTheLastStaysInItsSession() throws Exception {
        AggregateSpec sessions = new AggregateSpec(READINGS.columns(), "ts",
                new AggregateSpec.Window(AggregateSpec.WindowKind.SESSION, 30_000, 30_000), List.of("deviceId"),
                READINGS.measures(), "deviceId", AggregateSpec.WINDOW_START, 0);
        List<Map<String, AttributeValue>> items = run(sessions, """
                SELECT `deviceId`, window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `readings`
                FROM TABLE(SESSION(TABLE `events` PARTITION BY (`deviceId`), DESCRIPTOR(`rowtime`), INTERVAL '30' SECOND))
                GROUP BY `deviceId`, window_start, window_end""",
                reading("d-1", 20, 0), reading("d-1", 22, 30), reading("d-1", 22, 90));

        // Flink merges windows that touch: [0 s, 30 s) and [30 s, 60 s) are one session (DeclaredWindows agrees).
        assertEquals(List.of(T0 + "-" + (T0 + 60_000) + "=2", (T0 + 90_000) + "-" + (T0 + 120_000) + "=1"), items.stream().map(i -> i.get("windowStart").n() + "-" + i.get("windowEnd").n()
                + "=" + i.get("readings").n()).toList());
    }

    @Test
    void sessionsWithoutGroupKeysAreOneItemPerSession() throws Exception {
        AggregateSpec sessions = new AggregateSpec(READINGS.columns(), "ts",
                new AggregateSpec.Window(AggregateSpec.WindowKind.SESSION, 30_000, 30_000), List.of(),
                READINGS.measures(), AggregateSpec.KEY, AggregateSpec.WINDOW_START, 0);
        List<Map<String, AttributeValue>> items = run(sessions, """
                SELECT window_start AS `windowStart`, window_end AS `windowEnd`, COUNT(*) AS `readings`
                FROM TABLE(SESSION(TABLE `events`, DESCRIPTOR(`rowtime`), INTERVAL '30' SECOND))
                GROUP BY window_start, window_end""",
                reading("d-1", 20, 0), reading("d-2", 22, 10), reading("d-1", 22, 100));

        assertEquals(List.of("all=2", "all=1"), items.stream().map(i -> i.get("key").s() + "=" + i.get("readings").n())
                .toList());
    }

    @Test
    void aMissingGroupKeyIsNullInTheJoinedKeyAndNoAttribute() {
        AggregateSpec spec = new AggregateSpec(READINGS.columns(), "ts", READINGS.window(), List.of("site", "battery"),
                READINGS.measures(), AggregateSpec.KEY, AggregateSpec.WINDOW_START, 0);
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 1, 1, 10, 0);
        Map<String, AttributeValue> item = new AggregateItems(spec, List.of("site", "battery", "windowStart", "windowEnd",
                "readings")).apply(Row.of(null, 1, start, start.plusMinutes(1), 3L), null).getItem();

        assertEquals(Map.of("key", AttributeValue.fromS("null#1"), "battery", AttributeValue.fromN("1"),
                "windowStart", AttributeValue.fromN(Long.toString(T0)),
                "windowEnd", AttributeValue.fromN(Long.toString(T0 + 60_000)), "readings", AttributeValue.fromN("3")), item);
    }

    private static String reading(String device, double temperature, int second) {
        return "{\"deviceId\":\"" + device + "\",\"temperature\":" + temperature + ",\"battery\":1,\"tags\":[],\"ts\":"
                + (T0 + second * 1000L) + "}";
    }

    private static List<Map<String, AttributeValue>> run(AggregateSpec spec, String sql, String... events)
            throws Exception {
        JsonRows reader = new JsonRows(spec);
        List<Row> rows = new ArrayList<>();
        for (String event : events) {
            rows.add(assertNotNullRow(reader.deserialize(bytes(event)), event));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        DataStream<Row> source = env.fromData(JsonRows.rowType(spec), rows.toArray(Row[]::new))
                .assignTimestampsAndWatermarks(DeclaredAggregates.eventTime(reader, Duration.ofSeconds(5),
                        Duration.ofMinutes(1)));
        StreamTableEnvironment tableEnv = DeclaredAggregates.tableEnvironment(env);
        Table windows = DeclaredAggregates.query(tableEnv, source, sql);
        AggregateItems items = new AggregateItems(spec, windows.getResolvedSchema().getColumnNames());
        List<Map<String, AttributeValue>> written = new ArrayList<>();
        try (CloseableIterator<Row> out = tableEnv.toDataStream(windows).executeAndCollect()) {
            out.forEachRemaining(row -> written.add(items.apply(row, null).getItem()));
        }
        written.sort(java.util.Comparator.comparing((Map<String, AttributeValue> i) -> String.valueOf(i.get("deviceId")))
                .thenComparing(i -> Long.parseLong(i.get("windowStart").n())));
        return written;
    }

    private static Row assertNotNullRow(Row row, String event) {
        assertNotNull(row, event);
        return row;
    }

    /** Items as plain values: numbers that are whole as longs, others as their text. */
    private static List<Map<String, Object>> plain(List<Map<String, AttributeValue>> items) {
        return items.stream().map(item -> {
            Map<String, Object> plain = new TreeMap<>();
            item.forEach((name, value) -> plain.put(name, value.s() != null ? value.s()
                    : name.equals("avgTemp") || name.equals("maxTemp") ? new java.math.BigDecimal(value.n())
                            .stripTrailingZeros().toPlainString() : (Object) Long.parseLong(value.n())));
            return plain;
        }).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
