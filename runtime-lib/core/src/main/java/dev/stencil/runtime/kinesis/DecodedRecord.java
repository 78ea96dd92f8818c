package dev.stencil.runtime.kinesis;

import java.time.Instant;
import java.util.Objects;

/**
 * One decoded Kinesis record: the typed value and where it sits in its shard.
 *
 * @param shardId             the shard, e.g. {@code shardId-000000000000}
 * @param sequenceNumber      the Kinesis sequence number (decimal text), the unit Lambda checkpoints on
 * @param subSequenceNumber   the position inside a KPL-aggregated record, {@code 0} for plain records
 * @param partitionKey        the record's partition key
 * @param approximateArrival  when Kinesis accepted the record, or {@code null} if unknown
 * @param value               the decoded value
 * @param streamArn           the stream the record came from ({@code eventSourceARN}), or {@code null} if unknown
 * @param <T>                 the event type
 */
public record DecodedRecord<T>(
        String shardId,
        String sequenceNumber,
        long subSequenceNumber,
        String partitionKey,
        Instant approximateArrival,
        T value,
        String streamArn) {

    public DecodedRecord {
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(value, "value");
    }

    /** A record whose stream is unknown (fixtures, tests). */
    public DecodedRecord(String shardId, String sequenceNumber, long subSequenceNumber, String partitionKey,
                         Instant approximateArrival, T value) {
        this(shardId, sequenceNumber, subSequenceNumber, partitionKey, approximateArrival, value, null);
    }

    /**
     * The shard named so that it is unique across streams, such as {@code clicks/shardId-000000000000}: shard
     * ids repeat in every stream, so state kept per shard by writers fed from several streams needs the stream.
     */
    public String qualifiedShardId() {
        return streamArn == null ? shardId : streamArn.substring(streamArn.lastIndexOf('/') + 1) + '/' + shardId;
    }

    /** A stable id of this record across retries: {@code shardId:sequenceNumber:subSequenceNumber}. */
    public String recordId() {
        return shardId + ':' + sequenceNumber + ':' + subSequenceNumber;
    }

    /** This record failed, for the given reason. */
    public RecordFailure failed(String reason) {
        return new RecordFailure(shardId, sequenceNumber, reason);
    }
}
