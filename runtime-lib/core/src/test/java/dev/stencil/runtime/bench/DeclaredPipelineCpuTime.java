package dev.stencil.runtime.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.runtime.bench.generated.Click;
import dev.stencil.runtime.bench.generated.Order;
import dev.stencil.runtime.bench.generated.Reading;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.internal.BulkEncoder;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decode → logic → bulk NDJSON for functions generated from declared schemas, in records per CPU-second
 * of this thread, 10,000-record batches, rounds interleaved: for the orders and telemetry schemas and for
 * the seed's click schema declared in a sidecar, the generated path (the generated record's streaming
 * {@code READER}, the generated logic's {@code enrich} returning the event, the runtime's bulk encoder
 * calling the record's {@code writeJson}) beside the same record read by Jackson's data binding, a naive
 * path (a Jackson tree per record, NDJSON by string concatenation) and a raw Jackson token scan of the same
 * bytes. For clickstream, also the runtime's hand-written {@code ClickEvent} reader and writer. The records
 * in {@code bench.generated} are copies of what Stencil generates for {@code samples/schemas/order.avsc},
 * a telemetry reading and the seed's {@code click.avsc}.
 */
public final class DeclaredPipelineCpuTime {

    static final int BATCH = 10_000;
    private static final int REQUEST = 1_000;
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory TOKENS = new JsonFactory();

    private DeclaredPipelineCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<ByteBuffer> orders = orders();
        List<ByteBuffer> readings = readings();
        List<ByteBuffer> clicks = new ArrayList<>();
        for (ClickEvent event : new ClickstreamGenerator(42, 5_000, 0.2, 1_764_236_400_000L).next(BATCH)) {
            clicks.add(ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(event)));
        }
        List<Variant> variants = List.of(
                new Variant("orders, generated", () -> generated(orders, JsonRecordDecoder.of(Order.class, Order.READER),
                        Order::eventId)),
                new Variant("orders, data binding", () -> generated(orders, JsonRecordDecoder.of(Order.class),
                        Order::eventId)),
                new Variant("orders, naive", () -> naive(orders, "eventId")),
                new Variant("orders, raw scan", () -> rawScan(orders)),
                new Variant("telemetry, generated", () -> generated(readings,
                        JsonRecordDecoder.of(Reading.class, Reading.READER), Reading::readingId)),
                new Variant("telemetry, data binding", () -> generated(readings, JsonRecordDecoder.of(Reading.class),
                        Reading::readingId)),
                new Variant("telemetry, naive", () -> naive(readings, "readingId")),
                new Variant("telemetry, raw scan", () -> rawScan(readings)),
                new Variant("clicks, generated", () -> generated(clicks, JsonRecordDecoder.of(Click.class, Click.READER),
                        Click::eventId)),
                new Variant("clicks, data binding", () -> generated(clicks, JsonRecordDecoder.of(Click.class),
                        Click::eventId)),
                new Variant("clicks, naive", () -> naive(clicks, "eventId")),
                new Variant("clicks, raw scan", () -> rawScan(clicks)),
                new Variant("clicks, hand-written", () -> generated(clicks, JsonRecordDecoder.of(ClickEvent.class),
                        ClickEvent::eventId)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = new ArrayList<>();
        variants.forEach(v -> rates.add(new ArrayList<>()));
        for (int round = -rounds / 2; round < rounds; round++) {
            for (int v = 0; v < variants.size(); v++) {
                long start = cpu.getCurrentThreadCpuTime();
                variants.get(v).run().run();
                double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                if (round >= 0) {
                    rates.get(v).add(BATCH / seconds);
                }
            }
        }
        double[] medians = new double[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            List<Double> sorted = new ArrayList<>(rates.get(v));
            Collections.sort(sorted);
            medians[v] = sorted.get(sorted.size() / 2);
            System.out.printf("%-22s %,12.0f records per CPU-second (median of %d rounds of %,d records)%n",
                    variants.get(v).name(), medians[v], sorted.size(), BATCH);
        }
        for (int schema = 0; schema < 3; schema++) {
            int at = schema * 4;
            System.out.printf("%s: generated / naive = %.2f, generated / raw scan = %.2f, data binding / naive = %.2f%n",
                    variants.get(at).name().split(",")[0], medians[at] / medians[at + 2], medians[at] / medians[at + 3],
                    medians[at + 1] / medians[at + 2]);
        }
        System.out.printf("clicks: hand-written / naive = %.2f, hand-written / raw scan = %.2f, generated / hand-written"
                + " = %.2f%n", medians[12] / medians[10], medians[12] / medians[11], medians[8] / medians[12]);
    }

    private record Variant(String name, ThrowingRunnable run) {}

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The generated handler's path: decode the record, the logic's enrich (the event), the bulk encoder. */
    private static <T> long generated(List<ByteBuffer> batch, JsonRecordDecoder<T> decoder, Function<T, String> id) {
        List<BulkDocument> documents = new ArrayList<>(batch.size());
        for (ByteBuffer payload : batch) {
            T event = decoder.decode(payload);
            documents.add(new BulkDocument(id.apply(event), enrich(event)));
        }
        long[] bytes = {0};
        BulkEncoder.chunks(documents, REQUEST, 5L * 1024 * 1024, chunk -> bytes[0] += chunk.body().remaining());
        return bytes[0];
    }

    /** The generated logic's {@code enrich}: the event as it came. */
    private static Object enrich(Object event) {
        return event;
    }

    private static byte[] naive(List<ByteBuffer> batch, String idField) throws Exception {
        StringBuilder body = new StringBuilder();
        for (ByteBuffer payload : batch) {
            ObjectNode tree = (ObjectNode) TREES.readTree(new String(payload.array(), StandardCharsets.UTF_8));
            body.append("{\"index\":{\"_id\":\"" + tree.get(idField).asText() + "\"}}\n" + tree + "\n");
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long rawScan(List<ByteBuffer> batch) throws Exception {
        long tokens = 0;
        for (ByteBuffer payload : batch) {
            try (JsonParser parser = TOKENS.createParser(payload.array())) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    private static List<ByteBuffer> orders() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        String[] statuses = {"PLACED", "PAID", "SHIPPED", "CANCELLED"};
        String[] currencies = {"EUR", "USD", "GBP"};
        List<ByteBuffer> payloads = new ArrayList<>(BATCH);
        long clock = 1_767_225_600_000L;
        for (int i = 0; i < BATCH; i++) {
            clock += random.nextInt(100);
            ObjectNode order = TREES.createObjectNode()
                    .put("eventId", new UUID(random.nextLong(), random.nextLong()).toString())
                    .put("orderId", "orderId-" + random.nextInt(5_000))
                    .put("customerId", "c-" + random.nextInt(1_000))
                    .put("productId", "p-" + random.nextInt(400))
                    .put("quantity", 1 + random.nextInt(5))
                    .put("amount", Math.round(random.nextDouble() * 50_000) / 100.0)
                    .put("currency", currencies[random.nextInt(currencies.length)])
                    .put("status", statuses[random.nextInt(statuses.length)])
                    .put("placedAt", clock);
            order.put("coupon", random.nextInt(4) == 0 ? "SPRING" + random.nextInt(10) : null);
            payloads.add(ByteBuffer.wrap(TREES.writeValueAsBytes(order)));
        }
        return payloads;
    }

    private static List<ByteBuffer> readings() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<ByteBuffer> payloads = new ArrayList<>(BATCH);
        long clock = 1_767_225_600_000L;
        for (int i = 0; i < BATCH; i++) {
            clock += random.nextInt(100);
            ObjectNode reading = TREES.createObjectNode()
                    .put("readingId", new UUID(random.nextLong(), random.nextLong()).toString())
                    .put("deviceId", "d-" + random.nextInt(200))
                    .put("ts", clock)
                    .put("temperature", Math.round((10 + random.nextDouble() * 25) * 100) / 100.0)
                    .put("humidity", 20 + random.nextInt(60))
                    .put("status", new String[] {"OK", "WARN", "FAIL"}[random.nextInt(3)])
                    .put("site", "site-" + random.nextInt(12));
            payloads.add(ByteBuffer.wrap(TREES.writeValueAsBytes(reading)));
        }
        return payloads;
    }
}
