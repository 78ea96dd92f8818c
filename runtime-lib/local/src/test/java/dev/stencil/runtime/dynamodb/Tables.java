package dev.stencil.runtime.dynamodb;

import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates uniquely named tables on a local DynamoDB for one test each. */
public final class Tables {
    private Tables() {
    }

    /** Table with a string partition key and, if {@code sortKey} is not null, a number sort key. */
    public static String create(DynamoDbClient client, String partitionKey, String sortKey) {
        String name = "t-" + UUID.randomUUID();
        client.createTable(r -> {
            r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortKey == null) {
                r.attributeDefinitions(attribute(partitionKey, ScalarAttributeType.S))
                        .keySchema(key(partitionKey, KeyType.HASH));
            } else {
                r.attributeDefinitions(attribute(partitionKey, ScalarAttributeType.S),
                                attribute(sortKey, ScalarAttributeType.N))
                        .keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE));
            }
        });
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client)
                .overrideConfiguration(WaiterOverrideConfiguration.builder().maxAttempts(100)
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))).build())
                .build()) {
            waiter.waitUntilTableExists(r -> r.tableName(name));
        }
        return name;
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
