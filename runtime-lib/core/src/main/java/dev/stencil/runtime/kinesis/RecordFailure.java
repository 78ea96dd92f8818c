package dev.stencil.runtime.kinesis;

import java.util.Objects;

/**
 * A record that was not processed.
 *
 * @param shardId        the record's shard
 * @param sequenceNumber the record's sequence number
 * @param reason         why, for logs (no payload data)
 */
public record RecordFailure(String shardId, String sequenceNumber, String reason) {
    public RecordFailure {
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        reason = reason == null ? "unknown" : reason;
    }
}
