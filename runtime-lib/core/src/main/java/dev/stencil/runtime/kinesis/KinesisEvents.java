package dev.stencil.runtime.kinesis;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Builds {@link KinesisEvent}s the way Lambda delivers them: from the event JSON of a test fixture, or
 * from records read off a stream (the local runner).
 */
public final class KinesisEvents {
    private KinesisEvents() {
    }

    /**
     * Parses Lambda's Kinesis event JSON ({@code {"Records":[{"kinesis":{"data":"<base64>",...},
     * "eventID":"shardId-...:seq",...}]}}), decoding {@code data} from base64 as Lambda's serializer does.
     *
     * @throws UncheckedIOException if the stream cannot be read or is not JSON
     * @throws IllegalArgumentException if a record lacks {@code kinesis.sequenceNumber} or {@code kinesis.data}
     */
    public static KinesisEvent fromJson(InputStream json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a Kinesis event JSON document", e);
        }
        List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>();
        for (JsonNode node : root.path("Records")) {
            JsonNode kinesis = node.path("kinesis");
            String seq = text(kinesis, "sequenceNumber", records.size());
            KinesisEvent.Record data = new KinesisEvent.Record();
            data.setSequenceNumber(seq);
            data.setPartitionKey(kinesis.path("partitionKey").asText(null));
            data.setKinesisSchemaVersion(kinesis.path("kinesisSchemaVersion").asText("1.0"));
            data.setData(ByteBuffer.wrap(Base64.getDecoder().decode(text(kinesis, "data", records.size()))));
            if (kinesis.hasNonNull("approximateArrivalTimestamp")) {
                BigDecimal seconds = kinesis.get("approximateArrivalTimestamp").decimalValue();
                data.setApproximateArrivalTimestamp(new Date(seconds.movePointRight(3).longValue()));
            }
            KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
            record.setKinesis(data);
            record.setEventID(node.path("eventID").asText(null));
            record.setEventSource(node.path("eventSource").asText("aws:kinesis"));
            record.setEventName(node.path("eventName").asText("aws:kinesis:record"));
            record.setEventVersion(node.path("eventVersion").asText("1.0"));
            record.setEventSourceARN(node.path("eventSourceARN").asText(null));
            record.setAwsRegion(node.path("awsRegion").asText(null));
            record.setInvokeIdentityArn(node.path("invokeIdentityArn").asText(null));
            records.add(record);
        }
        KinesisEvent event = new KinesisEvent();
        event.setRecords(records);
        return event;
    }

    /**
     * One record as Lambda would deliver it.
     *
     * @param streamArn      the stream's ARN
     * @param shardId        the shard, e.g. {@code shardId-000000000000}
     * @param sequenceNumber the record's sequence number
     * @param partitionKey   the record's partition key
     * @param arrival        approximate arrival time, or {@code null}
     * @param payload        the raw payload bytes
     */
    public static KinesisEvent.KinesisEventRecord record(String streamArn, String shardId, String sequenceNumber,
                                                         String partitionKey, Date arrival, byte[] payload) {
        KinesisEvent.Record data = new KinesisEvent.Record();
        data.setSequenceNumber(sequenceNumber);
        data.setPartitionKey(partitionKey);
        data.setKinesisSchemaVersion("1.0");
        data.setApproximateArrivalTimestamp(arrival);
        data.setData(ByteBuffer.wrap(payload));
        KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
        record.setKinesis(data);
        record.setEventID(shardId + ":" + sequenceNumber);
        record.setEventSource("aws:kinesis");
        record.setEventName("aws:kinesis:record");
        record.setEventVersion("1.0");
        record.setEventSourceARN(streamArn);
        return record;
    }

    /** An event holding the given records, in order. */
    public static KinesisEvent of(List<KinesisEvent.KinesisEventRecord> records) {
        KinesisEvent event = new KinesisEvent();
        event.setRecords(new ArrayList<>(records));
        return event;
    }

    private static String text(JsonNode node, String field, int index) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Records[" + index + "].kinesis." + field + " is missing");
        }
        return value.asText();
    }
}
