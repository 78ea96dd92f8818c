package dev.stencil.local;

import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;

/**
 * The records the {@link Fault#POISON} fault puts between the events: each is something a
 * producer really sends by mistake. The first three are no event at all, so every function's
 * decoder and every Flink job's deserializer rejects them; the last decodes as an event but names
 * no page, which the generated logic of every function rejects (and a Flink job skips: it has no
 * key to count under). A stream whose schema is declared gets kinds of its own instead
 * ({@link DeclaredEvents#poison()}).
 */
final class Poison {

    /**
     * One kind of poison record.
     *
     * @param kind     what is wrong with it, for the summary
     * @param payload  its bytes
     * @param decodes  whether it decodes as an event, so that only a function's logic rejects it
     */
    record Kind(String kind, String payload, boolean decodes) {}

    /** The kinds put into a clickstream, in the order they are put. */
    static final List<Kind> KINDS = List.of(
            new Kind("not JSON", "\u0000this is not JSON", false),
            new Kind("no timestamp", "{\"eventId\":\"stencil-poison-1\",\"page\":\"/poison\"}", false),
            new Kind("timestamp not a number",
                    "{\"eventId\":\"stencil-poison-2\",\"page\":\"/poison\",\"timestamp\":\"yesterday\"}", false),
            new Kind("no page, fails the logic", "{\"eventId\":\"stencil-poison-3\",\"userId\":\"user-1\","
                    + "\"ip\":\"203.0.113.7\",\"timestamp\":1767225600000}", true));

    /**
     * One poison record put into a stream.
     *
     * @param stream         the stream
     * @param position       how many events of the stream were put before it
     * @param kind           what it is
     * @param shardId        the shard it landed on
     * @param sequenceNumber its sequence number, by which the on-failure destination names it
     */
    record Put(String stream, long position, Kind kind, String shardId, String sequenceNumber) {}

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
        return new Put(stream, position, kind, response.shardId(), response.sequenceNumber());
    }
}
