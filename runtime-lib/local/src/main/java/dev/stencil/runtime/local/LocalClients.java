package dev.stencil.runtime.local;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** AWS SDK clients pointed at a local service, with fixed local credentials and region {@code us-east-1}. */
public final class LocalClients {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "local-secret"));

    private LocalClients() {
    }

    public static DynamoDbClient dynamoDb(LocalService service) {
        return dynamoDb(service.endpoint());
    }

    public static DynamoDbClient dynamoDb(URI endpoint) {
        return local(DynamoDbClient.builder(), endpoint);
    }

    /** Needs {@code software.amazon.awssdk:kinesis} on the classpath (an optional dependency of the runtime). */
    public static KinesisClient kinesis(LocalService service) {
        return local(KinesisClient.builder(), service.endpoint());
    }

    public static SqsClient sqs(LocalService service) {
        return local(SqsClient.builder(), service.endpoint());
    }

    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C local(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
