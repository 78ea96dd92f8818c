package dev.stencil.runtime.kinesis;

import java.util.Collection;
import java.util.List;

/**
 * What a {@link BatchProcessor} did with a batch: the records that failed; all others succeeded.
 *
 * @param failures the failed records, in any order
 */
public record BatchResult(List<RecordFailure> failures) {
    private static final BatchResult SUCCESS = new BatchResult(List.of());

    public BatchResult {
        failures = List.copyOf(failures);
    }

    /** Every record succeeded. */
    public static BatchResult success() {
        return SUCCESS;
    }

    /** These records failed; all others succeeded. */
    public static BatchResult failed(Collection<RecordFailure> failures) {
        return failures.isEmpty() ? SUCCESS : new BatchResult(List.copyOf(failures));
    }
}
