package dev.stencil.runtime.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.kinesis.RecordFailure;
import dev.stencil.runtime.local.KinesisLocal;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import dev.stencil.runtime.local.Streams;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import dev.stencil.runtime.producer.KinesisProducer;
import dev.stencil.runtime.producer.PartitionKeyStrategy;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

@ExtendWith(LocalServicesExtension.class)
class LocalEventSourceMappingIT {
    private KinesisClient kinesis;
    private String stream;
    private List<ClickEvent> events;
    private String poisonSequence;
    private final List<FailedBatch> destination = Collections.synchronizedList(new ArrayList<>());
    /** Event ids processed successfully, per shard, in processing order. */
    private final Map<String, List<DecodedRecord<ClickEvent>>> processed = new ConcurrentHashMap<>();
    private final List<Integer> batchSizes = new ArrayList<>();

    @BeforeEach
    void fillStream(KinesisLocal kinesisLocal) {
        kinesis = LocalClients.kinesis(kinesisLocal);
        stream = Streams.create(kinesis, 2);
        events = new ClickstreamGenerator(11, 30, 0.1, 1_764_236_400_000L).next(300);
        KinesisProducer<ClickEvent> producer = KinesisProducer.<ClickEvent>builder().client(kinesis)
                .streamName(stream).partitionKeys(PartitionKeyStrategy.byField(ClickEvent::userId)).build();
        assertThat(producer.put(events.subList(0, 150)).allPut()).isTrue();
        poisonSequence = kinesis.putRecord(r -> r.streamName(stream).partitionKey("user-1")
                .data(SdkBytes.fromUtf8String("{not json"))).sequenceNumber();
        assertThat(producer.put(events.subList(150, 300)).allPut()).isTrue();
    }

    /** A handler that counts what it processed and fails the events matching {@code fails}. */
    private KinesisBatchHandler<ClickEvent> handler(Predicate<ClickEvent> fails) {
        return new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class), records -> {
            batchSizes.add(records.size());
            List<RecordFailure> failures = new ArrayList<>();
            for (DecodedRecord<ClickEvent> r : records) {
                if (fails.test(r.value())) {
                    failures.add(r.failed("test failure"));
                } else {
                    processed.computeIfAbsent(r.shardId(), s -> Collections.synchronizedList(new ArrayList<>())).add(r);
                }
            }
            return BatchResult.failed(failures);
        }) {
        };
    }

    private LocalEventSourceMapping.Builder mapping(KinesisBatchHandler<ClickEvent> handler) {
        return LocalEventSourceMapping.builder().kinesis(kinesis).streamName(stream).handler(handler)
                .batchSize(40).onFailure(FailureDestination.collectingInto(destination));
    }

    /** Ids processed at least once. Records after a failure in a batch are processed again on retry. */
    private Set<String> processedIds() {
        Set<String> ids = new java.util.HashSet<>();
        processed.values().forEach(list -> list.forEach(r -> ids.add(r.value().eventId())));
        return ids;
    }

    private Set<String> producedIds() {
        return Set.copyOf(events.stream().map(ClickEvent::eventId).toList());
    }

    /**
     * Per shard, the deliveries that counted (each record's last one) came in sequence order: a retry
     * re-delivers the records after a failure, so the final state of any sink is written in shard order.
     */
    private static void assertFinalDeliveriesInOrder(List<DecodedRecord<ClickEvent>> shard) {
        java.util.LinkedHashMap<String, BigInteger> lastDelivery = new java.util.LinkedHashMap<>();
        for (DecodedRecord<ClickEvent> r : shard) {
            lastDelivery.remove(r.sequenceNumber());
            lastDelivery.put(r.sequenceNumber(), new BigInteger(r.sequenceNumber()));
        }
        assertThat(new ArrayList<>(lastDelivery.values())).isSorted();
    }

    @Test
    void deliversEveryRecordInShardOrderAndSendsThePoisonRecordToTheDestination() {
        LocalEventSourceMapping mapping = mapping(handler(e -> false)).build();

        assertThat(mapping.drain(Duration.ofSeconds(60))).isTrue();

        assertThat(processedIds()).isEqualTo(producedIds());
        processed.values().forEach(LocalEventSourceMappingIT::assertFinalDeliveriesInOrder);
        assertThat(mapping.stats().recordsSucceeded()).as("each record committed once").isEqualTo(300);
        assertThat(destination).hasSize(1);
        assertThat(destination.get(0).sequenceNumbers()).containsExactly(poisonSequence);
        assertThat(destination.get(0).condition()).isEqualTo("RetryAttemptsExhausted");
        assertThat(batchSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(40));
        assertThat(processed.keySet()).hasSize(2);
    }

    @Test
    void retriesATransientFailureWithoutLosingOrReorderingTheShard() {
        ClickEvent flaky = events.get(20);
        Map<String, Integer> attempts = new HashMap<>();
        LocalEventSourceMapping mapping = mapping(handler(e -> e.eventId().equals(flaky.eventId())
                && attempts.merge(e.eventId(), 1, Integer::sum) <= 2))
                .maxRetryAttempts(5).build();

        assertThat(mapping.drain(Duration.ofSeconds(60))).isTrue();

        assertThat(processedIds()).isEqualTo(producedIds());
        assertThat(mapping.stats().retries()).isGreaterThanOrEqualTo(2);
        processed.values().forEach(LocalEventSourceMappingIT::assertFinalDeliveriesInOrder);
        assertThat(destination).extracting(FailedBatch::sequenceNumbers).containsExactly(List.of(poisonSequence));
    }

    @Test
    void bisectsAFailingBatchDownToThePoisonRecord() {
        LocalEventSourceMapping mapping = mapping(handler(e -> false)).maxRetryAttempts(0).build();

        mapping.drain(Duration.ofSeconds(60));

        assertThat(mapping.stats().bisections()).isPositive();
        assertThat(destination).extracting(FailedBatch::sequenceNumbers).containsExactly(List.of(poisonSequence));
        assertThat(mapping.stats().recordsSucceeded()).isEqualTo(300);
    }

    @Test
    void withoutBisectionTheWholeRestOfTheBatchGoesToTheDestination() {
        LocalEventSourceMapping mapping = mapping(handler(e -> false)).maxRetryAttempts(1).bisectOnError(false)
                .build();

        mapping.drain(Duration.ofSeconds(60));

        assertThat(destination).hasSize(1);
        assertThat(destination.get(0).sequenceNumbers()).startsWith(poisonSequence).hasSizeGreaterThan(1);
        assertThat(mapping.stats().recordsSucceeded() + mapping.stats().recordsToDestination()).isEqualTo(301);
    }

    @Test
    void recordsOlderThanTheMaximumAgeGoToTheDestinationUnprocessed() {
        Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);
        LocalEventSourceMapping mapping = mapping(handler(e -> false)).maxRecordAge(Duration.ofHours(1))
                .clock(twoHoursLater).build();

        mapping.drain(Duration.ofSeconds(60));

        assertThat(processed).isEmpty();
        assertThat(destination).allSatisfy(b -> assertThat(b.condition()).isEqualTo("RecordAgeExceeded"));
        assertThat(destination.stream().mapToInt(b -> b.sequenceNumbers().size()).sum()).isEqualTo(301);
        assertThat(Set.copyOf(destination.stream().map(FailedBatch::shardId).toList())).hasSize(2);
    }
}
