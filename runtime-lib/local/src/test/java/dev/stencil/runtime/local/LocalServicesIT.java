package dev.stencil.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.local.internal.ServiceProcess;
import dev.stencil.runtime.dynamodb.Tables;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(LocalServicesExtension.class)
class LocalServicesIT {
    @Test
    void dynaliteStopsWhenClosedAndFreesItsPort() {
        Dynalite dynalite = Dynalite.start(LocalServicesConfig.fromSystem());
        int port = dynalite.endpoint().getPort();
        assertThat(ServiceProcess.accepts(port)).isTrue();
        assertThat(LocalClients.dynamoDb(dynalite).listTables().tableNames()).isEmpty();

        dynalite.close();

        assertThat(ServiceProcess.accepts(port)).isFalse();
    }

    @Test
    void dynaliteRestartedAfterAnOutageStillHasItsTablesAndItems() {
        try (Dynalite dynalite = Dynalite.start(LocalServicesConfig.fromSystem())) {
            DynamoDbClient client = LocalClients.dynamoDb(dynalite);
            String table = Tables.create(client, "pk", null);
            client.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS("kept"))));

            dynalite.stop();
            assertThat(ServiceProcess.accepts(dynalite.endpoint().getPort())).isFalse();
            dynalite.restart();

            assertThat(client.getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("kept"))))
                    .item()).containsEntry("pk", AttributeValue.fromS("kept"));
        }
    }

    @Test
    void kinesisLocalListensOnLoopbackAndAnswersTheSdk(KinesisLocal kinesis) {
        assertThat(kinesis.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(LocalClients.kinesis(kinesis).listStreams().streamNames()).isNotNull();
    }

    @Test
    void s3ProxyStoresAndReturnsObjects(S3ProxyLocal s3) {
        try (S3Client client = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.US_EAST_1)
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyLocal.ACCESS_KEY, S3ProxyLocal.SECRET_KEY)))
                .build()) {
            client.createBucket(r -> r.bucket("archive"));
            client.putObject(r -> r.bucket("archive").key("2025/11/27/part-0"), RequestBody.fromString("hello"));

            assertThat(client.getObjectAsBytes(r -> r.bucket("archive").key("2025/11/27/part-0")).asUtf8String())
                    .isEqualTo("hello");
        }
    }

    @Test
    void aMissingNpmInstallIsExplained() {
        LocalServicesConfig config = new LocalServicesConfig(Optional.of(Path.of("target/no-such-dir")),
                Optional.empty(), Optional.empty(), Optional.empty(), Path.of("target/local-services"));

        assertThatThrownBy(() -> Dynalite.start(config)).hasMessageContaining("run `npm ci` in target/no-such-dir");
    }
}
