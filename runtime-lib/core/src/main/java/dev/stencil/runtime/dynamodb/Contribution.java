package dev.stencil.runtime.dynamodb;

import java.util.Map;
import java.util.Objects;

/**
 * What one stream record adds to one aggregate.
 *
 * @param key            the aggregate's key, e.g. a page
 * @param windowStart    start of the window, epoch milliseconds (see {@link Windows})
 * @param shardId        the record's shard, qualified by its stream ({@link dev.stencil.runtime.kinesis.DecodedRecord#qualifiedShardId()})
 * @param sequenceNumber the record's sequence number; guards against counting it twice
 * @param counters       counter name to amount, e.g. {@code {"views": 1}}
 */
public record Contribution(String key, long windowStart, String shardId, String sequenceNumber,
                           Map<String, Long> counters) {
    public Contribution {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key is required");
        }
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        counters = Map.copyOf(counters);
    }
}
