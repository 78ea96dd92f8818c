package dev.stencil.runtime.runner;

import java.util.List;

/**
 * Records the mapping gave up on, as sent to the on-failure destination (Lambda sends the same
 * metadata: shard, first and last sequence number, size, condition).
 *
 * @param shardId         the shard
 * @param sequenceNumbers the records' sequence numbers, in order
 * @param condition       {@code RetryAttemptsExhausted} or {@code RecordAgeExceeded}
 * @param lastError       what the last invocation said, or null
 */
public record FailedBatch(String shardId, List<String> sequenceNumbers, String condition, String lastError) {
    public FailedBatch {
        sequenceNumbers = List.copyOf(sequenceNumbers);
    }

    public String startSequenceNumber() {
        return sequenceNumbers.get(0);
    }

    public String endSequenceNumber() {
        return sequenceNumbers.get(sequenceNumbers.size() - 1);
    }
}
