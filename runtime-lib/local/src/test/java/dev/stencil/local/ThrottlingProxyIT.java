package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.dynamodb.Tables;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@ExtendWith(LocalServicesExtension.class)
class ThrottlingProxyIT {

    @Test
    void whileThrottlingEveryOtherCallGetsDynamoDbsOwnThrottlingErrorWhichTheSdkRetries(Dynalite dynalite) {
        try (ThrottlingProxy proxy = ThrottlingProxy.start(dynalite.endpoint(), ThrottlingProxy.Refusal.DYNAMODB);
             DynamoDbClient retrying = client(proxy, RetryMode.STANDARD);
             DynamoDbClient once = client(proxy, null)) {
            String table = Tables.create(retrying, "pk", null);
            proxy.throttle(true);

            for (int i = 0; i < 10; i++) {
                String key = "k" + i;
                retrying.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS(key))));
            }
            assertThatThrownBy(() -> {
                for (int i = 0; i < 2; i++) {
                    once.getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("k0"))));
                }
            }).isInstanceOf(ProvisionedThroughputExceededException.class)
                    .hasMessageContaining("injected by -Dlocal.faults=throttle");
            long refused = proxy.refused();
            proxy.throttle(false);

            assertThat(refused).isGreaterThanOrEqualTo(10);
            assertThat(retrying.scan(r -> r.tableName(table)).count()).isEqualTo(10);
            assertThat(proxy.refused()).isEqualTo(refused);
        }
    }

    private static DynamoDbClient client(ThrottlingProxy proxy, RetryMode retries) {
        return DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> {
                    if (retries == null) {
                        o.retryStrategy(b -> b.maxAttempts(1));
                    } else {
                        o.retryStrategy(retries);
                    }
                })
                .build();
    }
}
