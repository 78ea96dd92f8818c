package dev.stencil.runtime.kinesis;

import java.util.ArrayList;
import java.util.List;

/**
 * Processes the decoded records of one batch, typically by enriching them and writing them to a sink.
 *
 * <p>Records come in shard order. Report every record that did not reach its sink in the result;
 * the handler turns that into a partial batch response. A processor that throws fails the whole batch.
 * Records after a failed one in the same shard are retried by Lambda even if they succeeded here,
 * so sinks must be idempotent (the runtime's sinks are: deterministic document ids, sequence-number
 * guarded counters).
 *
 * @param <T> the event type
 */
@FunctionalInterface
public interface BatchProcessor<T> {
    BatchResult process(List<DecodedRecord<T>> records);

    /**
     * Runs each processor on every record, one after the other; a record fails if it failed in any of them.
     * Fit for idempotent sinks (a record that failed in one sink is retried in all).
     */
    @SafeVarargs
    static <T> BatchProcessor<T> allOf(BatchProcessor<T>... processors) {
        List<BatchProcessor<T>> all = List.of(processors);
        return records -> {
            List<RecordFailure> failures = new ArrayList<>();
            for (BatchProcessor<T> processor : all) {
                failures.addAll(processor.process(records).failures());
            }
            return BatchResult.failed(failures);
        };
    }
}
