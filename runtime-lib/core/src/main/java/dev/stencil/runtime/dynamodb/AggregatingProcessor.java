package dev.stencil.runtime.dynamodb;

import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts each record into a per-key tumbling-window aggregate with an {@link AggregateWriter}, mapping
 * failed writes back to their records. A record whose key function returns {@code null} is skipped.
 *
 * @param <T> the event type
 */
public final class AggregatingProcessor<T> implements BatchProcessor<T> {
    private final Function<? super T, String> key;
    private final ToLongFunction<? super T> timestamp;
    private final Duration window;
    private final Function<? super T, Map<String, Long>> counters;
    private final AggregateWriter writer;

    private AggregatingProcessor(Function<? super T, String> key, ToLongFunction<? super T> timestamp,
                                 Duration window, Function<? super T, Map<String, Long>> counters,
                                 AggregateWriter writer) {
        this.key = Objects.requireNonNull(key, "key");
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.window = Objects.requireNonNull(window, "window");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * @param key       the aggregate key of an event, e.g. {@code ClickEvent::page}
     * @param timestamp the event time in epoch ms, e.g. {@code ClickEvent::timestamp}
     * @param window    the tumbling window size
     * @param counters  what an event adds, e.g. {@code e -> Map.of("views", 1L)}
     * @param writer    where aggregates go
     */
    public static <T> AggregatingProcessor<T> create(Function<? super T, String> key,
                                                     ToLongFunction<? super T> timestamp, Duration window,
                                                     Function<? super T, Map<String, Long>> counters,
                                                     AggregateWriter writer) {
        return new AggregatingProcessor<>(key, timestamp, window, counters, writer);
    }

    @Override
    public BatchResult process(List<DecodedRecord<T>> records) {
        List<RecordFailure> failures = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>(records.size());
        Map<Contribution, DecodedRecord<T>> recordOf = new IdentityHashMap<>();
        for (DecodedRecord<T> record : records) {
            try {
                String k = key.apply(record.value());
                if (k == null) {
                    continue;
                }
                Contribution c = new Contribution(k, Windows.tumbling(timestamp.applyAsLong(record.value()), window),
                        record.qualifiedShardId(), record.sequenceNumber(), counters.apply(record.value()));
                contributions.add(c);
                recordOf.put(c, record);
            } catch (RuntimeException e) {
                failures.add(record.failed("aggregate: " + e));
            }
        }
        for (Contribution failed : writer.write(contributions)) {
            failures.add(recordOf.get(failed).failed("aggregate write failed"));
        }
        return BatchResult.failed(failures);
    }
}
