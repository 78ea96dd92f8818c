package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.kinesis.internal.KplAggregation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KplAggregationTest {
    /** Writes the KPL format by the book: magic, protobuf AggregatedRecord, MD5 of the protobuf. */
    static byte[] aggregate(List<String> keys, List<int[]> keyIndexAndPayloadIndex, List<String> payloads)
            throws Exception {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        for (String key : keys) {
            field(message, 1, key.getBytes(StandardCharsets.UTF_8));
        }
        for (int[] pair : keyIndexAndPayloadIndex) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            record.write(1 << 3);
            varint(record, pair[0]);
            field(record, 3, payloads.get(pair[1]).getBytes(StandardCharsets.UTF_8));
            field(record, 4, new byte[] {10, 1, 'k'});
            field(message, 3, record.toByteArray());
        }
        byte[] protobuf = message.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2});
        out.write(protobuf);
        out.write(MessageDigest.getInstance("MD5").digest(protobuf));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, int number, byte[] bytes) {
        out.write(number << 3 | 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static String click(String id) {
        return "{\"eventId\":\"" + id + "\",\"timestamp\":1764236400000,\"payload\":\"" + "x".repeat(200) + "\"}";
    }

    @Test
    void splitsAnAggregatedRecordIntoItsUserRecordsWithTheirPartitionKeys() throws Exception {
        byte[] bytes = aggregate(List.of("user-1", "user-2"), List.of(new int[] {0, 0}, new int[] {1, 1},
                new int[] {0, 2}), List.of(click("a"), click("b"), click("c")));

        List<KplAggregation.UserRecord> records = KplAggregation.deaggregate(ByteBuffer.wrap(bytes));

        assertThat(records).extracting(KplAggregation.UserRecord::partitionKey)
                .containsExactly("user-1", "user-2", "user-1");
        assertThat(StandardCharsets.UTF_8.decode(records.get(1).data()).toString()).isEqualTo(click("b"));
    }

    @Test
    void passesOnPlainRecordsAndRecordsWithABadDigest() throws Exception {
        byte[] bytes = aggregate(List.of("k"), List.<int[]>of(new int[] {0, 0}), List.of(click("a")));
        bytes[bytes.length - 1] ^= 1;

        assertThat(KplAggregation.deaggregate(ByteBuffer.wrap(bytes))).isNull();
        assertThat(KplAggregation.deaggregate(ByteBuffer.wrap(click("a").getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(KplAggregation.deaggregate(ByteBuffer.wrap(new byte[3]))).isNull();
    }

    @Test
    void theHandlerDeliversUserRecordsAndFailsTheWholeAggregateOnABadOne() throws Exception {
        byte[] good = aggregate(List.of("k"), List.of(new int[] {0, 0}, new int[] {0, 1}),
                List.of(click("a"), click("b")));
        byte[] bad = aggregate(List.of("k"), List.of(new int[] {0, 0}, new int[] {0, 1}),
                List.of(click("c"), "{broken"));
        List<DecodedRecord<ClickEvent>> seen = new ArrayList<>();
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                records -> {
                    seen.addAll(records);
                    return BatchResult.success();
                }) {
        };
        KinesisEvent event = KinesisEvents.of(List.of(
                KinesisEvents.record("arn", "shardId-0", "100", "agg", null, good),
                KinesisEvents.record("arn", "shardId-0", "101", "agg", null, bad)));

        StreamsEventResponse response = handler.handleRequest(event, null);

        assertThat(seen).extracting(r -> r.value().eventId()).containsExactly("a", "b");
        assertThat(seen).extracting(DecodedRecord::subSequenceNumber).containsExactly(0L, 1L);
        assertThat(seen).extracting(DecodedRecord::partitionKey).containsOnly("k");
        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("101");
    }
}
