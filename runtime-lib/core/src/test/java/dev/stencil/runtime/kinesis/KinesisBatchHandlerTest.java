package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.events.ClickEvent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KinesisBatchHandlerTest {
    private static final String SHARD0 = "4959033827149025660855969253836157109592157598913658889";
    private static final String SHARD1 = "4959033827149025660855969253836157109592157598913658900";

    /** A handler whose processor fails the events whose ids are given. */
    static final class TestHandler extends KinesisBatchHandler<ClickEvent> {
        TestHandler(Set<String> failingEventIds) {
            super(JsonRecordDecoder.of(ClickEvent.class), records -> {
                List<RecordFailure> failures = new ArrayList<>();
                for (DecodedRecord<ClickEvent> r : records) {
                    if (failingEventIds.contains(r.value().eventId())) {
                        failures.add(r.failed("test"));
                    }
                }
                return BatchResult.failed(failures);
            });
        }
    }

    static KinesisEvent fixture() throws Exception {
        try (InputStream in = KinesisBatchHandlerTest.class.getResourceAsStream("/events/kinesis-two-shards.json")) {
            return KinesisEvents.fromJson(in);
        }
    }

    private static List<String> failedSequenceNumbers(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream()
                .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).sorted().toList();
    }

    @Test
    void reportsOnlyTheMalformedRecordWhenEverythingElseSucceeds() throws Exception {
        StreamsEventResponse response = new TestHandler(Set.of()).handleRequest(fixture(), null);

        assertThat(failedSequenceNumbers(response)).containsExactly(SHARD1 + "2");
    }

    @Test
    void passesDecodedRecordsInShardOrderWithTheirPositions() throws Exception {
        List<DecodedRecord<ClickEvent>> seen = new ArrayList<>();
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                records -> {
                    seen.addAll(records);
                    return BatchResult.success();
                }) {
        };

        handler.handleRequest(fixture(), null);

        assertThat(seen).extracting(r -> r.value().eventId()).containsExactly("e-1", "e-2", "e-3", "e-4", "e-6");
        DecodedRecord<ClickEvent> first = seen.get(0);
        assertThat(first.shardId()).isEqualTo("shardId-000000000000");
        assertThat(first.sequenceNumber()).isEqualTo(SHARD0 + "1");
        assertThat(first.partitionKey()).isEqualTo("user-1");
        assertThat(first.approximateArrival().toEpochMilli()).isEqualTo(1764236401500L);
        assertThat(first.recordId()).isEqualTo("shardId-000000000000:" + SHARD0 + "1:0");
        assertThat(first.value().ip()).isEqualTo("203.0.113.7");
    }

    @Test
    void reportsTheFirstFailureOfEachShardSoThatLaterRecordsAreRetried() throws Exception {
        StreamsEventResponse response = new TestHandler(Set.of("e-3", "e-2", "e-6")).handleRequest(fixture(), null);

        // shard 0: e-2 is first of e-2/e-3; shard 1: the malformed record precedes e-6.
        assertThat(failedSequenceNumbers(response)).containsExactly(SHARD0 + "2", SHARD1 + "2");
    }

    @Test
    void reportsTheFirstRecordOfEveryShardWhenTheProcessorThrows() throws Exception {
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                records -> {
                    throw new IllegalStateException("sink down");
                }) {
        };

        StreamsEventResponse response = handler.handleRequest(fixture(), null);

        assertThat(failedSequenceNumbers(response)).containsExactly(SHARD0 + "1", SHARD1 + "1");
    }

    @Test
    void answersAnEmptyBatchWithNoFailures() {
        StreamsEventResponse response = new TestHandler(Set.of("e-1")).handleRequest(new KinesisEvent(), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    @Test
    void comparesSequenceNumbersAsNumbersNotText() {
        assertThat(KinesisBatchHandler.compareSequence("9", "10")).isNegative();
        assertThat(KinesisBatchHandler.compareSequence("10", "9")).isPositive();
        assertThat(KinesisBatchHandler.compareSequence("123", "123")).isZero();

        StreamsEventResponse response = KinesisBatchHandler.response(List.of(
                new RecordFailure("s", "100", "a"), new RecordFailure("s", "99", "b")), null);
        assertThat(failedSequenceNumbers(response)).containsExactly("99");
    }
}
