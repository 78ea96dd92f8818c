package dev.stencil.local;

import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;

/**
 * The records the {@link Fault#POISON} fault puts between the events: each is something a
 * producer really sends by mistake, and none is an event.
 */
final class Poison {

    /**
     * One kind of poison record.
     *
     * @param kind    what is wrong with it, for the summary
     * @param payload its bytes
     */
    record Kind(String kind, String payload) {}

    /** The kinds, in the order they are put. */
    static final List<Kind> KINDS = List.of(
            new Kind("not JSON", "\u0000this is not JSON"),
            new Kind("no timestamp", "{\"eventId\":\"stencil-poison-1\",\"page\":\"/poison\"}"),
            new Kind("timestamp not a number",
                    "{\"eventId\":\"stencil-poison-2\",\"page\":\"/poison\",\"timestamp\":\"yesterday\"}"));

    /**
     * One poison record put into a stream.
     *
     * @param stream         the stream
     * @param position       how many events of the stream were put before it
     * @param kind           what is wrong with it
     * @param shardId        the shard it landed on
     * @param sequenceNumber its sequence number, by which the on-failure destination names it
     * @param payload        its bytes, as UTF-8 text
     */
    record Put(String stream, long position, String kind, String shardId, String sequenceNumber, String payload) {}

    private Poison() {}

    /** Where, counted in events, the poison records of a stream of {@code events} events go. */
    static long position(int index, long events) {
        return events * (index + 1) / (KINDS.size() + 1);
    }

    /** Puts one poison record. */
    static Put put(KinesisClient kinesis, String stream, long position, Kind kind) {
        PutRecordResponse response = kinesis.putRecord(r -> r.streamName(stream)
                .partitionKey("stencil-poison-" + position)
                .data(SdkBytes.fromUtf8String(kind.payload())));
        return new Put(stream, position, kind.kind(), response.shardId(), response.sequenceNumber(), kind.payload());
    }
}
