package dev.stencil.runtime.kinesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combinations of {@link BatchProcessor}s. */
public final class BatchProcessors {

    private BatchProcessors() {
    }

    /**
     * A processor that gives the batch to each processor in turn; a record fails when it failed in
     * any of them (its first reason is kept). Retried records reach every processor again, which is
     * safe because the runtime's sinks are idempotent.
     *
     * @param processors the processors, run in this order
     * @param <T> the event type
     * @return the combined processor
     */
    public static <T> BatchProcessor<T> all(List<? extends BatchProcessor<T>> processors) {
        List<BatchProcessor<T>> each = List.copyOf(processors);
        if (each.size() == 1) {
            return each.get(0);
        }
        return records -> {
            Map<String, RecordFailure> failures = new LinkedHashMap<>();
            for (BatchProcessor<T> processor : each) {
                for (RecordFailure failure : processor.process(records).failures()) {
                    failures.putIfAbsent(failure.shardId() + '\u0000' + failure.sequenceNumber(), failure);
                }
            }
            return BatchResult.failed(new ArrayList<>(failures.values()));
        };
    }
}
