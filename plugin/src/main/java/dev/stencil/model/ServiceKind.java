package dev.stencil.model;

/** The kinds of component Stencil can build, each named as the architect would say it. */
public enum ServiceKind {
    CLIENT("event producer (clients)"),
    KINESIS_STREAM("Kinesis data stream"),
    FLINK_APPLICATION("Managed Service for Apache Flink application"),
    LAMBDA_FUNCTION("Lambda function"),
    DYNAMODB_TABLE("DynamoDB table"),
    OPENSEARCH_DOMAIN("OpenSearch domain"),
    S3_BUCKET("S3 bucket"),
    FIREHOSE("Firehose delivery stream"),
    SQS_QUEUE("SQS queue"),
    IOT_CORE("IoT Core"),
    VIDEO_STREAM("Kinesis Video Streams stream");

    private final String displayName;

    ServiceKind(String displayName) {
        this.displayName = displayName;
    }

    /** A readable name for messages. */
    public String displayName() {
        return displayName;
    }
}
