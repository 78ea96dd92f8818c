package dev.stencil.runtime.producer;

import dev.stencil.runtime.internal.Backoff;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stencil.runtime.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Puts events on a Kinesis stream as JSON with PutRecords.
 *
 * <ul>
 *   <li>Requests hold at most 500 records and 5 MiB (data plus partition keys), the service limits;
 *       a record over 1 MiB is reported as failed without being sent.</li>
 *   <li>Only the entries Kinesis rejected (throttling, internal errors) are sent again, with exponential
 *       backoff and jitter, up to {@code maxAttempts}; a whole request that fails (network) is retried the
 *       same way. Retried entries keep their relative order, but may land after later entries of the same
 *       key that were accepted: a producer that needs strict per-key order must send one key at a time.</li>
 * </ul>
 *
 * <p>Needs the optional dependency {@code software.amazon.awssdk:kinesis}.
 *
 * @param <T> the event type
 */
public final class KinesisProducer<T> {
    static final int MAX_RECORDS_PER_REQUEST = 500;
    static final long MAX_BYTES_PER_REQUEST = 5L * 1024 * 1024;
    static final long MAX_BYTES_PER_RECORD = 1024L * 1024;
    private static final ObjectWriter WRITER = Json.MAPPER.writer();

    private final KinesisClient client;
    private final String streamName;
    private final PartitionKeyStrategy<? super T> partitionKeys;
    private final int maxAttempts;
    private final long initialBackoffMillis;
    private final long maxBackoffMillis;

    private KinesisProducer(Builder<T> b) {
        this.client = Objects.requireNonNull(b.client, "client");
        this.streamName = Objects.requireNonNull(b.streamName, "streamName");
        this.partitionKeys = Objects.requireNonNull(b.partitionKeys, "partitionKeys");
        this.maxAttempts = b.maxAttempts;
        this.initialBackoffMillis = b.initialBackoff.toMillis();
        this.maxBackoffMillis = b.maxBackoff.toMillis();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Serializes each event to JSON and puts them all; see the class comment for batching and retries. */
    public PutResult put(List<? extends T> events) {
        List<PutFailure> failures = new ArrayList<>();
        List<PutRecordsRequestEntry> entries = new ArrayList<>(events.size());
        List<Integer> positions = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            T event = events.get(i);
            byte[] data;
            try {
                data = WRITER.writeValueAsBytes(event);
            } catch (JsonProcessingException e) {
                failures.add(new PutFailure(i, "SerializationError", e.getOriginalMessage()));
                continue;
            }
            String key = partitionKeys.keyOf(event);
            if (data.length + key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES_PER_RECORD) {
                failures.add(new PutFailure(i, "RecordTooLarge", data.length + " bytes exceed 1 MiB"));
                continue;
            }
            entries.add(PutRecordsRequestEntry.builder().partitionKey(key).data(SdkBytes.fromByteArrayUnsafe(data))
                    .build());
            positions.add(i);
        }
        int requests = 0;
        int from = 0;
        while (from < entries.size()) {
            int to = from;
            long bytes = 0;
            while (to < entries.size() && to - from < MAX_RECORDS_PER_REQUEST) {
                long size = size(entries.get(to));
                if (to > from && bytes + size > MAX_BYTES_PER_REQUEST) {
                    break;
                }
                bytes += size;
                to++;
            }
            requests += send(entries.subList(from, to), positions.subList(from, to), failures);
            from = to;
        }
        failures.sort(Comparator.comparingInt(PutFailure::position));
        return new PutResult(events.size(), requests, failures);
    }

    private int send(List<PutRecordsRequestEntry> chunk, List<Integer> chunkPositions, List<PutFailure> failures) {
        List<PutRecordsRequestEntry> pending = chunk;
        List<Integer> pendingPositions = chunkPositions;
        Map<Integer, PutFailure> last = new HashMap<>();
        int attempt = 0;
        while (!pending.isEmpty() && attempt < maxAttempts) {
            if (attempt > 0 && !pause(attempt)) {
                break;
            }
            attempt++;
            List<PutRecordsRequestEntry> sending = pending;
            PutRecordsResponse response;
            try {
                response = client.putRecords(r -> r.streamName(streamName).records(sending));
            } catch (SdkException e) {
                for (int position : pendingPositions) {
                    last.put(position, new PutFailure(position, "RequestFailed", e.getMessage()));
                }
                continue;
            }
            List<PutRecordsRequestEntry> retry = new ArrayList<>();
            List<Integer> retryPositions = new ArrayList<>();
            List<PutRecordsResultEntry> results = response.records();
            for (int k = 0; k < results.size(); k++) {
                PutRecordsResultEntry result = results.get(k);
                if (result.errorCode() != null) {
                    int position = pendingPositions.get(k);
                    retry.add(pending.get(k));
                    retryPositions.add(position);
                    last.put(position, new PutFailure(position, result.errorCode(), result.errorMessage()));
                }
            }
            pending = retry;
            pendingPositions = retryPositions;
        }
        for (int position : pendingPositions) {
            failures.add(last.getOrDefault(position, new PutFailure(position, "Interrupted", "not sent")));
        }
        return attempt;
    }

    private boolean pause(int retry) {
        return Backoff.sleep(Backoff.delayMillis(retry, initialBackoffMillis, maxBackoffMillis));
    }

    private static long size(PutRecordsRequestEntry entry) {
        return entry.data().asByteArrayUnsafe().length + entry.partitionKey().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Configures a producer; client, stream name and partition-key strategy are required. */
    public static final class Builder<T> {
        private KinesisClient client;
        private String streamName;
        private PartitionKeyStrategy<? super T> partitionKeys;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(5);

        private Builder() {
        }

        public Builder<T> client(KinesisClient client) {
            this.client = client;
            return this;
        }

        public Builder<T> streamName(String streamName) {
            this.streamName = streamName;
            return this;
        }

        public Builder<T> partitionKeys(PartitionKeyStrategy<? super T> strategy) {
            this.partitionKeys = strategy;
            return this;
        }

        /** PutRecords attempts per chunk, the first included (default 5). */
        public Builder<T> maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be positive");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** Backoff before the first retry, doubling, and its ceiling (defaults 100 ms and 5 s). */
        public Builder<T> backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        public KinesisProducer<T> build() {
            return new KinesisProducer<>(this);
        }
    }
}
