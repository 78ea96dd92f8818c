package dev.stencil.model;

import static dev.stencil.model.ServiceKind.CLIENT;
import static dev.stencil.model.ServiceKind.DYNAMODB_TABLE;
import static dev.stencil.model.ServiceKind.FIREHOSE;
import static dev.stencil.model.ServiceKind.FLINK_APPLICATION;
import static dev.stencil.model.ServiceKind.IOT_CORE;
import static dev.stencil.model.ServiceKind.KINESIS_STREAM;
import static dev.stencil.model.ServiceKind.LAMBDA_FUNCTION;
import static dev.stencil.model.ServiceKind.OPENSEARCH_DOMAIN;
import static dev.stencil.model.ServiceKind.S3_BUCKET;
import static dev.stencil.model.ServiceKind.SQS_QUEUE;
import static dev.stencil.model.ServiceKind.VIDEO_STREAM;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The supported meanings of an arrow, one per pair of service kinds (see ARCHITECTURE.md,
 * "Meaning of nodes and arrows"). Any pair not listed here is refused with a diagnostic.
 */
public enum ConnectionKind {
    PRODUCE(CLIENT, KINESIS_STREAM, "clients put events into the stream"),
    STREAM_TO_FUNCTION(KINESIS_STREAM, LAMBDA_FUNCTION, "event source mapping invokes the function"),
    STREAM_TO_FLINK(KINESIS_STREAM, FLINK_APPLICATION, "the Flink application reads the stream"),
    STREAM_ARCHIVE(KINESIS_STREAM, S3_BUCKET, "a Firehose delivery stream archives raw events"),
    STREAM_TO_FIREHOSE(KINESIS_STREAM, FIREHOSE, "the delivery stream reads the stream"),
    FLINK_TO_TABLE(FLINK_APPLICATION, DYNAMODB_TABLE, "the Flink application writes aggregates"),
    FUNCTION_TO_SEARCH(LAMBDA_FUNCTION, OPENSEARCH_DOMAIN, "the function indexes documents"),
    FUNCTION_TO_TABLE(LAMBDA_FUNCTION, DYNAMODB_TABLE, "the function counts events into per-minute aggregates"),
    FIREHOSE_TO_BUCKET(FIREHOSE, S3_BUCKET, "the delivery stream writes objects"),
    FUNCTION_TO_QUEUE(LAMBDA_FUNCTION, SQS_QUEUE, "the function sends each enriched event as a message"),
    PRODUCE_TO_IOT(CLIENT, IOT_CORE, "devices publish to its topics"),
    IOT_TO_STREAM(IOT_CORE, KINESIS_STREAM, "a topic rule puts every message into the stream"),
    PRODUCE_TO_VIDEO(CLIENT, VIDEO_STREAM, "cameras put media into the video stream"),
    TABLE_TO_FUNCTION(DYNAMODB_TABLE, LAMBDA_FUNCTION, "the function looks items up in the table");

    private final ServiceKind from;
    private final ServiceKind to;
    private final String meaning;

    ConnectionKind(ServiceKind from, ServiceKind to, String meaning) {
        this.from = from;
        this.to = to;
        this.meaning = meaning;
    }

    public ServiceKind from() {
        return from;
    }

    public ServiceKind to() {
        return to;
    }

    /** What the arrow does, in words, for reports. */
    public String meaning() {
        return meaning;
    }

    /** The meaning of an arrow between these two kinds, if it is supported. */
    public static Optional<ConnectionKind> between(ServiceKind from, ServiceKind to) {
        return Arrays.stream(values()).filter(k -> k.from == from && k.to == to).findFirst();
    }

    /** The kinds a component of this kind may point to, for "what is supported" hints. */
    public static List<ServiceKind> targetsOf(ServiceKind from) {
        return Arrays.stream(values()).filter(k -> k.from == from).map(ConnectionKind::to).toList();
    }
}
