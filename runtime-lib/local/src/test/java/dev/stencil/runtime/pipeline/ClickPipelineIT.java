package dev.stencil.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.dynamodb.AggregateWriter;
import dev.stencil.runtime.dynamodb.AggregatingProcessor;
import dev.stencil.runtime.dynamodb.Tables;
import dev.stencil.runtime.dynamodb.Windows;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.KinesisLocal;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import dev.stencil.runtime.local.OpenSearchLocal;
import dev.stencil.runtime.local.Streams;
import dev.stencil.runtime.opensearch.IndexingProcessor;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import dev.stencil.runtime.producer.KinesisProducer;
import dev.stencil.runtime.producer.PartitionKeyStrategy;
import dev.stencil.runtime.runner.FailedBatch;
import dev.stencil.runtime.runner.FailureDestination;
import dev.stencil.runtime.runner.LocalEventSourceMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Kinesis -> handler -> OpenSearch and DynamoDB, on the real local services, with failures in the middle. */
@ExtendWith(LocalServicesExtension.class)
class ClickPipelineIT {
    private static final int EVENTS = 1_000;
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode call(String method, URI uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isLessThan(300);
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void everyClickLandsExactlyOnceDespiteABlockedIndexAndAPoisonRecord(KinesisLocal kinesisLocal,
                                                                          OpenSearchLocal openSearch,
                                                                          Dynalite dynalite) throws Exception {
        KinesisClient kinesis = LocalClients.kinesis(kinesisLocal);
        DynamoDbClient dynamo = LocalClients.dynamoDb(dynalite);
        String stream = Streams.create(kinesis, 2);
        String table = Tables.create(dynamo, "pk", "window");
        String index = "clicks-" + UUID.randomUUID();
        URI os = openSearch.endpoint();

        List<ClickEvent> events = new ClickstreamGenerator(5, 200, 0.2, 1_764_236_400_000L).next(EVENTS);
        KinesisProducer<ClickEvent> producer = KinesisProducer.<ClickEvent>builder().client(kinesis).streamName(stream)
                .partitionKeys(PartitionKeyStrategy.byField(ClickEvent::userId)).build();
        assertThat(producer.put(events.subList(0, 500)).allPut()).isTrue();
        String poison = kinesis.putRecord(r -> r.streamName(stream).partitionKey("user-3")
                .data(SdkBytes.fromUtf8String("{\"eventId\":"))).sequenceNumber();
        assertThat(producer.put(events.subList(500, EVENTS)).allPut()).isTrue();

        GeoIpProvider geo = ClickstreamGenerator.geoTable();
        OpenSearchBulkSink sink = OpenSearchBulkSink.builder().endpoint(os).index(index).maxAttempts(2)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();
        AggregateWriter aggregates = AggregateWriter.builder().client(dynamo).tableName(table).build();
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                BatchProcessor.allOf(
                        IndexingProcessor.create(e -> EnrichedClick.of(e, geo.locate(e.ip()).orElse(null), null),
                                ClickEvent::eventId, sink),
                        AggregatingProcessor.create(ClickEvent::page, ClickEvent::timestamp, Duration.ofMinutes(1),
                                e -> Map.of("views", 1L), aggregates))) {
        };
        List<FailedBatch> destination = Collections.synchronizedList(new ArrayList<>());
        LocalEventSourceMapping mapping = LocalEventSourceMapping.builder().kinesis(kinesis).streamName(stream)
                .handler(handler).batchSize(100).maxRetryAttempts(3)
                .onFailure(FailureDestination.collectingInto(destination)).build();

        // The index refuses writes: the first batches fail in OpenSearch after their aggregates were written.
        call("PUT", os.resolve("/" + index), "{\"settings\":{\"number_of_replicas\":0}}");
        call("PUT", os.resolve("/" + index + "/_settings"), "{\"index.blocks.write\":true}");
        for (int round = 0; round < 2; round++) {
            mapping.pollOnce();
        }
        assertThat(mapping.stats().recordsSucceeded()).isZero();
        assertThat(mapping.stats().bisections() + mapping.stats().retries()).isPositive();
        assertThat(destination).isEmpty();

        call("PUT", os.resolve("/" + index + "/_settings"), "{\"index.blocks.write\":false}");
        assertThat(mapping.drain(Duration.ofSeconds(120))).as(mapping.stats().toString()).isTrue();

        assertThat(destination).extracting(FailedBatch::sequenceNumbers).containsExactly(List.of(poison));
        call("POST", os.resolve("/" + index + "/_refresh"), null);
        assertThat(call("GET", os.resolve("/" + index + "/_count"), null).get("count").asInt()).isEqualTo(EVENTS);
        JsonNode sample = call("GET", os.resolve("/" + index + "/_doc/" + events.get(0).eventId()), null);
        assertThat(sample.at("/_source/geo/country").asText()).isNotEmpty();
        assertThat(sample.at("/_source/eventId").asText()).isEqualTo(events.get(0).eventId());

        Map<String, Long> expected = events.stream().collect(Collectors.groupingBy(
                e -> e.page() + "@" + Windows.tumbling(e.timestamp(), Duration.ofMinutes(1)), Collectors.counting()));
        Map<String, Long> actual = new HashMap<>();
        for (Map<String, AttributeValue> item : dynamo.scan(r -> r.tableName(table).consistentRead(true)).items()) {
            actual.put(item.get("pk").s() + "@" + item.get("window").n(), Long.parseLong(item.get("views").n()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void recordsFailedWhileOpenSearchIsDownLandExactlyOnceAfterItComesBack(KinesisLocal kinesisLocal,
                                                                           OpenSearchLocal openSearch,
                                                                           Dynalite dynalite) throws Exception {
        KinesisClient kinesis = LocalClients.kinesis(kinesisLocal);
        DynamoDbClient dynamo = LocalClients.dynamoDb(dynalite);
        String stream = Streams.create(kinesis, 2);
        String table = Tables.create(dynamo, "pk", "window");
        String index = "clicks-" + UUID.randomUUID();
        URI os = openSearch.endpoint();
        List<ClickEvent> events = new ClickstreamGenerator(9, 100, 0.1, 1_764_236_400_000L).next(600);
        assertThat(KinesisProducer.<ClickEvent>builder().client(kinesis).streamName(stream)
                .partitionKeys(PartitionKeyStrategy.byField(ClickEvent::userId)).build().put(events).allPut()).isTrue();
        OpenSearchBulkSink sink = OpenSearchBulkSink.builder().endpoint(os).index(index).maxAttempts(2)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).unreachableWait(Duration.ofMillis(100))
                .requestTimeout(Duration.ofSeconds(5)).build();
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                BatchProcessor.allOf(
                        IndexingProcessor.create(e -> EnrichedClick.of(e, null, null), ClickEvent::eventId, sink),
                        AggregatingProcessor.create(ClickEvent::page, ClickEvent::timestamp, Duration.ofMinutes(1),
                                e -> Map.of("views", 1L), AggregateWriter.builder().client(dynamo).tableName(table)
                                        .build()))) {
        };
        List<FailedBatch> destination = Collections.synchronizedList(new ArrayList<>());
        LocalEventSourceMapping mapping = LocalEventSourceMapping.builder().kinesis(kinesis).streamName(stream)
                .handler(handler).batchSize(100).maxRetryAttempts(-1)
                .onFailure(FailureDestination.collectingInto(destination)).build();

        mapping.pollOnce();
        long beforeOutage = mapping.stats().recordsSucceeded();
        assertThat(beforeOutage).isPositive().isLessThan(600);
        openSearch.stop();
        try {
            for (int round = 0; round < 3; round++) {
                mapping.pollOnce();
            }
            assertThat(mapping.stats().recordsSucceeded()).isEqualTo(beforeOutage);
            assertThat(mapping.stats().bisections() + mapping.stats().retries()).isPositive();
        } finally {
            openSearch.restart();
        }
        assertThat(mapping.drain(Duration.ofSeconds(120))).as(mapping.stats().toString()).isTrue();

        assertThat(destination).isEmpty();
        call("POST", os.resolve("/" + index + "/_refresh"), null);
        assertThat(call("GET", os.resolve("/" + index + "/_count"), null).get("count").asInt()).isEqualTo(600);
        long views = 0;
        for (Map<String, AttributeValue> item : dynamo.scan(r -> r.tableName(table).consistentRead(true)).items()) {
            views += Long.parseLong(item.get("views").n());
        }
        assertThat(views).isEqualTo(600);
    }
}
