package dev.stencil.runtime.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.runtime.enrich.CachingProfileLookup;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.events.UserProfile;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.internal.BulkEncoder;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second on one thread for a 10,000-record batch: the runtime's decode, enrich and bulk
 * serialization, beside a naive version (a Jackson tree per record, NDJSON by string concatenation) and
 * beside a raw Jackson token scan of the same bytes (what a JSON pipeline built on Jackson pays at least);
 * and the runtime on payloads with escaped strings, with a nested member, and with an escaped member name
 * (which sends it to its Jackson fallback).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
public class PipelineBenchmark {
    static final int BATCH = 10_000;
    /** Documents per bulk request, the sink's default. */
    static final int REQUEST = 1_000;

    private final List<ByteBuffer> payloads = new ArrayList<>(BATCH);
    /** The same events with every {@code /} written as {@code \\/} (valid JSON, same content): strings with escapes. */
    private final List<ByteBuffer> escapedPayloads = new ArrayList<>(BATCH);
    /** The same events with a nested object member the events do not have. */
    private final List<ByteBuffer> nestedPayloads = new ArrayList<>(BATCH);
    /** The same events with the name {@code eventId} written with an escape: only Jackson reads those. */
    private final List<ByteBuffer> escapedNamePayloads = new ArrayList<>(BATCH);
    private final JsonRecordDecoder<ClickEvent> decoder = JsonRecordDecoder.of(ClickEvent.class);
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory = new JsonFactory();
    private GeoIpProvider geo;
    private ProfileLookup profiles;

    @Setup
    public void setUp() throws Exception {
        for (ClickEvent event : new ClickstreamGenerator(42, 5_000, 0.2, 1_764_236_400_000L).next(BATCH)) {
            payloads.add(ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(event)));
            String json = Json.MAPPER.writeValueAsString(event);
            escapedPayloads.add(ByteBuffer.wrap(json.replace("/", "\\/").getBytes(StandardCharsets.UTF_8)));
            nestedPayloads.add(ByteBuffer.wrap(("{\"context\":{\"app\":\"web\",\"tags\":[1,2.5,null]},"
                    + json.substring(1)).getBytes(StandardCharsets.UTF_8)));
            escapedNamePayloads.add(ByteBuffer.wrap(json.replace("\"eventId\"", "\"event\\u0049d\"")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        geo = ClickstreamGenerator.geoTable();
        ProfileLookup store = userId -> Optional.of(new UserProfile(userId,
                Map.of("segment", userId.hashCode() % 2 == 0 ? "pro" : "free", "plan", "annual")));
        profiles = CachingProfileLookup.wrap(store, 10_000, Duration.ofMinutes(5));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long runtime() {
        return runtime(payloads);
    }

    /** The runtime on payloads with escaped strings. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long runtimeEscaped() {
        return runtime(escapedPayloads);
    }

    /** The runtime on payloads with a nested member it skips. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long runtimeNested() {
        return runtime(nestedPayloads);
    }

    /** The runtime on payloads its own reader leaves to Jackson: the cost of the fallback. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long runtimeJacksonFallback() {
        return runtime(escapedNamePayloads);
    }

    private long runtime(List<ByteBuffer> batch) {
        List<BulkDocument> documents = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            ClickEvent event = decoder.decode(batch.get(i));
            EnrichedClick document = EnrichedClick.of(event, geo.locate(event.ip()).orElse(null),
                    profiles.find(event.userId()).orElse(null));
            documents.add(new BulkDocument(event.eventId(), document));
        }
        long[] bytes = {0};
        BulkEncoder.chunks(documents, REQUEST, 5L * 1024 * 1024, chunk -> bytes[0] += chunk.body().remaining());
        return bytes[0];
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public byte[] naive() throws Exception {
        StringBuilder body = new StringBuilder();
        for (ByteBuffer payload : payloads) {
            ObjectNode tree = (ObjectNode) mapper.readTree(new String(payload.array(), StandardCharsets.UTF_8));
            String ip = tree.path("ip").asText(null);
            Optional<GeoLocation> location = ip == null ? Optional.empty() : geo.locate(ip);
            location.ifPresent(l -> tree.putObject("geo").put("country", l.country()).put("city", l.city()));
            String userId = tree.path("userId").asText(null);
            ObjectNode profile = tree.putObject("profile");
            profiles.find(userId).ifPresent(p -> p.attributes().forEach(profile::put));
            body.append("{\"index\":{\"_id\":\"" + tree.get("eventId").asText() + "\"}}\n" + tree + "\n");
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long rawJacksonScan() throws Exception {
        long tokens = 0;
        for (ByteBuffer payload : payloads) {
            try (JsonParser parser = factory.createParser(payload.array())) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
