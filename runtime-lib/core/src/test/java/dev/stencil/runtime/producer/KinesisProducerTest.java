package dev.stencil.runtime.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequest;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * The retry of rejected entries, which kinesis-local cannot be made to produce on demand: a stand-in
 * client that throttles chosen entries the first time it sees them. The real service is exercised in
 * {@code KinesisProducerIT}.
 */
class KinesisProducerTest {
    /** Rejects each key in {@code throttleOnce} once; records every request's partition keys. */
    static class ThrottlingClient implements KinesisClient {
        final List<List<String>> requests = new ArrayList<>();
        final Set<String> throttleOnce;

        ThrottlingClient(Set<String> throttleOnce) {
            this.throttleOnce = new HashSet<>(throttleOnce);
        }

        @Override
        public PutRecordsResponse putRecords(Consumer<PutRecordsRequest.Builder> request) {
            PutRecordsRequest built = PutRecordsRequest.builder().applyMutation(request).build();
            List<String> keys = built.records().stream().map(PutRecordsRequestEntry::partitionKey).toList();
            requests.add(keys);
            List<PutRecordsResultEntry> results = new ArrayList<>();
            int failed = 0;
            for (String key : keys) {
                if (throttleOnce.remove(key)) {
                    failed++;
                    results.add(PutRecordsResultEntry.builder().errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("slow down").build());
                } else {
                    results.add(PutRecordsResultEntry.builder().shardId("shardId-0").sequenceNumber("1").build());
                }
            }
            return PutRecordsResponse.builder().failedRecordCount(failed).records(results).build();
        }

        @Override
        public String serviceName() {
            return "kinesis";
        }

        @Override
        public void close() {
        }
    }

    private static KinesisProducer<Map<String, String>> producer(KinesisClient client) {
        return KinesisProducer.<Map<String, String>>builder().client(client).streamName("clicks")
                .partitionKeys(PartitionKeyStrategy.byField(m -> m.get("k")))
                .backoff(Duration.ofMillis(1), Duration.ofMillis(2)).build();
    }

    private static List<Map<String, String>> events(int count, int padding) {
        List<Map<String, String>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(Map.of("k", "k" + i, "pad", "x".repeat(padding)));
        }
        return events;
    }

    @Test
    void resendsOnlyTheRejectedEntriesInTheirOrder() {
        ThrottlingClient client = new ThrottlingClient(Set.of("k1", "k3"));

        PutResult result = producer(client).put(events(5, 0));

        assertThat(result.allPut()).isTrue();
        assertThat(client.requests).containsExactly(List.of("k0", "k1", "k2", "k3", "k4"), List.of("k1", "k3"));
    }

    @Test
    void cutsRequestsAt500Records() {
        ThrottlingClient client = new ThrottlingClient(Set.of());

        PutResult result = producer(client).put(events(1_201, 0));

        assertThat(client.requests).extracting(List::size).containsExactly(500, 500, 201);
        assertThat(result.requests()).isEqualTo(3);
    }

    @Test
    void cutsRequestsAtFiveMebibytes() {
        ThrottlingClient client = new ThrottlingClient(Set.of());

        producer(client).put(events(12, 500_000));

        assertThat(client.requests).extracting(List::size).containsExactly(10, 2);
    }

    @Test
    void reportsARecordOverOneMebibyteWithoutSendingIt() {
        ThrottlingClient client = new ThrottlingClient(Set.of());
        List<Map<String, String>> events = new ArrayList<>(events(2, 0));
        events.add(1, Map.of("k", "big", "pad", "x".repeat(1_100_000)));

        PutResult result = producer(client).put(events);

        assertThat(result.failures()).extracting(PutFailure::position, PutFailure::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "RecordTooLarge"));
        assertThat(client.requests).containsExactly(List.of("k0", "k1"));
    }

    @Test
    void givesUpOnEntriesStillRejectedAfterTheLastAttempt() {
        KinesisClient alwaysThrottled = new ThrottlingClient(Set.of()) {
            @Override
            public PutRecordsResponse putRecords(Consumer<PutRecordsRequest.Builder> request) {
                throttleOnce.add("k1");
                return super.putRecords(request);
            }
        };

        PutResult result = KinesisProducer.<Map<String, String>>builder().client(alwaysThrottled).streamName("s")
                .partitionKeys(m -> m.get("k")).maxAttempts(3).backoff(Duration.ofMillis(1), Duration.ofMillis(1))
                .build().put(events(3, 0));

        assertThat(result.failures()).containsExactly(
                new PutFailure(1, "ProvisionedThroughputExceededException", "slow down"));
        assertThat(result.requests()).isEqualTo(3);
    }
}
