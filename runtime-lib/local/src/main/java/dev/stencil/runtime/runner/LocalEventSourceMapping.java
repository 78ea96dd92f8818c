package dev.stencil.runtime.runner;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.kinesis.KinesisEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Drives a Kinesis handler in-process from a real Kinesis endpoint the way Lambda's event source
 * mapping does, so that a pipeline can run locally with the same delivery semantics.
 *
 * <ul>
 *   <li>One batch per shard at a time, in shard order, at most {@code batchSize} records; with a
 *       {@code maxBatchingWindow} it waits that long for a full batch.</li>
 *   <li>With a partial batch response, records before the first reported failure are done; the rest is
 *       retried. A handler exception, or a response naming an unknown sequence number, fails the whole batch.</li>
 *   <li>{@code bisectOnError}: a failed batch of more than one record is split in two and each half
 *       retried separately (splitting does not use up retries).</li>
 *   <li>After {@code maxRetryAttempts} retries of a batch (-1: until the record expires), or when records are
 *       older than {@code maxRecordAge}, they go to the on-failure destination and the shard moves on.</li>
 * </ul>
 *
 * <p>Not thread-safe: call {@link #pollOnce()} or {@link #drain(Duration)} from one thread. Shards are
 * read once at start (no resharding). Needs the optional dependency {@code software.amazon.awssdk:kinesis}.
 */
public final class LocalEventSourceMapping {
    private final KinesisClient kinesis;
    private final String streamName;
    private final String streamArn;
    private final RequestHandler<KinesisEvent, StreamsEventResponse> handler;
    private final int batchSize;
    private final Duration maxBatchingWindow;
    private final int maxRetryAttempts;
    private final boolean bisectOnError;
    private final Duration maxRecordAge;
    private final FailureDestination onFailure;
    private final Clock clock;
    private final Optional<EventFilter> filter;
    private final Map<String, ShardState> shards = new LinkedHashMap<>();
    private final Stats stats = new Stats();

    private LocalEventSourceMapping(Builder b) {
        this.kinesis = Objects.requireNonNull(b.kinesis, "kinesis");
        this.streamName = Objects.requireNonNull(b.streamName, "streamName");
        this.handler = Objects.requireNonNull(b.handler, "handler");
        this.batchSize = b.batchSize;
        this.maxBatchingWindow = b.maxBatchingWindow;
        this.maxRetryAttempts = b.maxRetryAttempts;
        this.bisectOnError = b.bisectOnError;
        this.maxRecordAge = b.maxRecordAge;
        this.onFailure = b.onFailure;
        this.clock = b.clock;
        this.filter = b.filter;
        this.streamArn = kinesis.describeStreamSummary(r -> r.streamName(streamName))
                .streamDescriptionSummary().streamARN();
        for (Shard shard : kinesis.listShards(r -> r.streamName(streamName)).shards()) {
            String iterator = kinesis.getShardIterator(r -> r.streamName(streamName).shardId(shard.shardId())
                    .shardIteratorType(b.startingPosition)).shardIterator();
            shards.put(shard.shardId(), new ShardState(shard.shardId(), iterator));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Counters since start. */
    public Stats stats() {
        return stats;
    }

    /**
     * One round over the shards: each shard with work gets at most one invocation.
     *
     * @return true if anything was fetched or invoked
     */
    public boolean pollOnce() {
        boolean busy = false;
        for (ShardState shard : shards.values()) {
            busy |= shard.fetch();
            busy |= shard.invokeOnce();
        }
        return busy;
    }

    /** Polls until every shard is caught up and idle, or the timeout passes; returns true if caught up. */
    public boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = pollOnce();
            boolean idle = shards.values().stream().allMatch(ShardState::idle);
            if (!busy && idle) {
                return true;
            }
            if (!busy) {
                sleep(50);
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A batch in flight: its records and how often it was retried. */
    private record Piece(List<Record> records, int retries, String lastError) {
    }

    private final class ShardState {
        private final String shardId;
        private String iterator;
        private boolean caughtUp;
        private final Deque<Record> buffer = new ArrayDeque<>();
        private final Deque<Piece> pieces = new ArrayDeque<>();
        private long firstBufferedAt;

        ShardState(String shardId, String iterator) {
            this.shardId = shardId;
            this.iterator = iterator;
        }

        boolean idle() {
            return caughtUp && buffer.isEmpty() && pieces.isEmpty();
        }

        /** Reads more records when the buffer holds less than a batch. */
        boolean fetch() {
            if (iterator == null || buffer.size() >= batchSize) {
                return false;
            }
            GetRecordsResponse response = kinesis.getRecords(r -> r.shardIterator(iterator).limit(10_000));
            iterator = response.nextShardIterator();
            caughtUp = response.records().isEmpty()
                    && (response.millisBehindLatest() == null || response.millisBehindLatest() == 0);
            if (buffer.isEmpty() && !response.records().isEmpty()) {
                firstBufferedAt = System.nanoTime();
            }
            for (Record record : response.records()) {
                if (filter.isEmpty() || filter.get().matches(record.data().asByteArrayUnsafe())) {
                    buffer.add(record);
                } else {
                    stats.recordsFiltered++;
                }
            }
            return !response.records().isEmpty();
        }

        boolean invokeOnce() {
            if (pieces.isEmpty()) {
                boolean full = buffer.size() >= batchSize;
                boolean windowOver = System.nanoTime() - firstBufferedAt >= maxBatchingWindow.toNanos();
                if (buffer.isEmpty() || !(full || windowOver)) {
                    return false;
                }
                List<Record> batch = new ArrayList<>();
                while (!buffer.isEmpty() && batch.size() < batchSize) {
                    batch.add(buffer.poll());
                }
                if (!buffer.isEmpty()) {
                    firstBufferedAt = System.nanoTime();
                }
                pieces.addFirst(new Piece(batch, 0, null));
            }
            Piece piece = pieces.pollFirst();
            List<Record> records = dropExpired(piece);
            if (records.isEmpty()) {
                return true;
            }
            int failedAt;
            String error;
            try {
                stats.invocations++;
                StreamsEventResponse response = handler.handleRequest(event(records), new LocalContext(streamName));
                failedAt = firstFailure(records, response);
                error = failedAt < 0 ? null : "partial batch failure at " + records.get(failedAt).sequenceNumber();
            } catch (RuntimeException e) {
                failedAt = 0;
                error = String.valueOf(e);
            }
            if (failedAt < 0) {
                stats.recordsSucceeded += records.size();
                return true;
            }
            stats.recordsSucceeded += failedAt;
            List<Record> rest = records.subList(failedAt, records.size());
            if (bisectOnError && rest.size() > 1) {
                stats.bisections++;
                int half = rest.size() / 2;
                pieces.addFirst(new Piece(List.copyOf(rest.subList(half, rest.size())), piece.retries(), error));
                pieces.addFirst(new Piece(List.copyOf(rest.subList(0, half)), piece.retries(), error));
            } else if (maxRetryAttempts >= 0 && piece.retries() >= maxRetryAttempts) {
                giveUp(rest, "RetryAttemptsExhausted", error);
            } else {
                stats.retries++;
                pieces.addFirst(new Piece(List.copyOf(rest), piece.retries() + 1, error));
            }
            return true;
        }

        private List<Record> dropExpired(Piece piece) {
            if (maxRecordAge.isNegative()) {
                return piece.records();
            }
            Instant oldest = clock.instant().minus(maxRecordAge);
            List<Record> expired = new ArrayList<>();
            List<Record> fresh = new ArrayList<>();
            for (Record record : piece.records()) {
                Instant arrival = record.approximateArrivalTimestamp();
                (arrival != null && arrival.isBefore(oldest) ? expired : fresh).add(record);
            }
            if (!expired.isEmpty()) {
                giveUp(expired, "RecordAgeExceeded", piece.lastError());
            }
            return fresh;
        }

        private void giveUp(List<Record> records, String condition, String error) {
            stats.recordsToDestination += records.size();
            onFailure.send(new FailedBatch(shardId, records.stream().map(Record::sequenceNumber).toList(),
                    condition, error));
        }

        private KinesisEvent event(List<Record> records) {
            List<KinesisEvent.KinesisEventRecord> out = new ArrayList<>(records.size());
            for (Record r : records) {
                Date arrival = r.approximateArrivalTimestamp() == null ? null : Date.from(r.approximateArrivalTimestamp());
                out.add(KinesisEvents.record(streamArn, shardId, r.sequenceNumber(), r.partitionKey(), arrival,
                        r.data().asByteArray()));
            }
            return KinesisEvents.of(out);
        }
    }

    /** Position of the first reported failure, -1 if none; unknown identifiers fail the whole batch, as in Lambda. */
    static int firstFailure(List<Record> records, StreamsEventResponse response) {
        if (response == null || response.getBatchItemFailures() == null || response.getBatchItemFailures().isEmpty()) {
            return -1;
        }
        int first = Integer.MAX_VALUE;
        for (StreamsEventResponse.BatchItemFailure failure : response.getBatchItemFailures()) {
            String id = failure.getItemIdentifier();
            int position = -1;
            for (int i = 0; i < records.size() && id != null; i++) {
                if (records.get(i).sequenceNumber().equals(id)) {
                    position = i;
                    break;
                }
            }
            if (position < 0) {
                return 0;
            }
            first = Math.min(first, position);
        }
        return first;
    }

    /** What the mapping has done so far. */
    public static final class Stats {
        private long invocations;
        private long recordsSucceeded;
        private long recordsToDestination;
        private long recordsFiltered;
        private long retries;
        private long bisections;

        public long invocations() {
            return invocations;
        }

        public long recordsSucceeded() {
            return recordsSucceeded;
        }

        public long recordsToDestination() {
            return recordsToDestination;
        }

        /** Records the filter criteria dropped before any invocation, as Lambda drops them. */
        public long recordsFiltered() {
            return recordsFiltered;
        }

        public long retries() {
            return retries;
        }

        public long bisections() {
            return bisections;
        }

        @Override
        public String toString() {
            return "invocations=" + invocations + " succeeded=" + recordsSucceeded + " toDestination="
                    + recordsToDestination + " retries=" + retries + " bisections=" + bisections;
        }
    }

    /** Configures a mapping; Kinesis client, stream name, handler and destination are required. */
    public static final class Builder {
        private KinesisClient kinesis;
        private String streamName;
        private RequestHandler<KinesisEvent, StreamsEventResponse> handler;
        private int batchSize = 100;
        private Duration maxBatchingWindow = Duration.ZERO;
        private Optional<EventFilter> filter = Optional.empty();
        private int maxRetryAttempts = 2;
        private boolean bisectOnError = true;
        private Duration maxRecordAge = Duration.ofHours(1);
        private FailureDestination onFailure;
        private ShardIteratorType startingPosition = ShardIteratorType.TRIM_HORIZON;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder kinesis(KinesisClient kinesis) {
            this.kinesis = kinesis;
            return this;
        }

        public Builder streamName(String streamName) {
            this.streamName = streamName;
            return this;
        }

        public Builder handler(RequestHandler<KinesisEvent, StreamsEventResponse> handler) {
            this.handler = handler;
            return this;
        }

        /** Records per invocation, 1..10000 (default 100). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > 10_000) {
                throw new IllegalArgumentException("batchSize must be 1..10000, got " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** How long to wait for a full batch (default 0: invoke with what is there). */
        public Builder maxBatchingWindow(Duration window) {
            this.maxBatchingWindow = window;
            return this;
        }

        /** Retries of a failed batch before it goes to the destination; -1 retries until records expire (default 2). */
        public Builder maxRetryAttempts(int attempts) {
            if (attempts < -1) {
                throw new IllegalArgumentException("maxRetryAttempts must be -1 or more");
            }
            this.maxRetryAttempts = attempts;
            return this;
        }

        /** Split failed batches in two before retrying (default true). */
        public Builder bisectOnError(boolean bisect) {
            this.bisectOnError = bisect;
            return this;
        }

        /** Records older than this go to the destination unprocessed; negative: no limit (default 1 h). */
        public Builder maxRecordAge(Duration age) {
            this.maxRecordAge = age;
            return this;
        }

        /**
         * The mapping's filter criteria: only records that match reach the handler; the others are
         * dropped, as Lambda drops them.
         */
        public Builder filter(Optional<EventFilter> criteria) {
            this.filter = Objects.requireNonNull(criteria, "criteria");
            return this;
        }

        public Builder onFailure(FailureDestination destination) {
            this.onFailure = destination;
            return this;
        }

        /** {@code TRIM_HORIZON} (default) or {@code LATEST}. */
        public Builder startingPosition(ShardIteratorType position) {
            this.startingPosition = position;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Reads the stream's shards and positions an iterator on each. */
        public LocalEventSourceMapping build() {
            Objects.requireNonNull(onFailure, "onFailure");
            return new LocalEventSourceMapping(this);
        }
    }
}
