package dev.stencil.draw;

import java.util.Map;
import java.util.Optional;

/**
 * Which icon of the AWS library bundled with PlantUML ({@code awslib20}) draws a stencil. Names
 * without an icon here are drawn as labelled boxes.
 */
final class AwsIcons {

    private static final Map<String, String> ICONS = Map.ofEntries(
            Map.entry("users", "General/Users"),
            Map.entry("user", "General/User"),
            Map.entry("client", "General/Client"),
            Map.entry("mobile_client", "General/Mobileclient"),
            Map.entry("mobile", "General/Mobileclient"),
            Map.entry("traditional_server", "General/Traditionalserver"),
            Map.entry("kinesis_data_streams", "Analytics/KinesisDataStreams"),
            Map.entry("kinesis", "Analytics/KinesisDataStreams"),
            Map.entry("kinesis_data_analytics", "Analytics/ManagedServiceforApacheFlink"),
            Map.entry("managed_service_for_apache_flink", "Analytics/ManagedServiceforApacheFlink"),
            Map.entry("kinesis_data_firehose", "Analytics/DataFirehose"),
            Map.entry("data_firehose", "Analytics/DataFirehose"),
            Map.entry("lambda_function", "Compute/Lambda"),
            Map.entry("lambda", "Compute/Lambda"),
            Map.entry("dynamodb", "Database/DynamoDB"),
            Map.entry("dynamodb_table", "Database/DynamoDB"),
            Map.entry("opensearch_service_data_node", "Analytics/OpenSearchService"),
            Map.entry("opensearch_service", "Analytics/OpenSearchService"),
            Map.entry("elasticsearch_service", "Analytics/OpenSearchService"),
            Map.entry("s3", "Storage/SimpleStorageService"),
            Map.entry("simple_storage_service", "Storage/SimpleStorageService"),
            Map.entry("bucket", "Storage/SimpleStorageService"),
            Map.entry("bucket_with_objects", "Storage/SimpleStorageService"),
            Map.entry("api_gateway", "NetworkingContentDelivery/APIGateway"),
            Map.entry("eventbridge", "ApplicationIntegration/EventBridge"),
            Map.entry("sqs", "ApplicationIntegration/SimpleQueueService"),
            Map.entry("sns", "ApplicationIntegration/SimpleNotificationService"),
            Map.entry("managed_streaming_for_kafka", "Analytics/ManagedStreamingforApacheKafka"),
            Map.entry("timestream", "Database/Timestream"),
            Map.entry("aurora", "Database/Aurora"),
            Map.entry("rds", "Database/RDS"),
            Map.entry("iot_core", "InternetOfThings/IoTCore"));

    private AwsIcons() {}

    /** The library path of a stencil's icon, such as {@code Compute/Lambda}. */
    static Optional<String> of(String stencil) {
        String prefix = "mxgraph.aws4.";
        return stencil.startsWith(prefix) ? Optional.ofNullable(ICONS.get(stencil.substring(prefix.length())))
                : Optional.empty();
    }
}
