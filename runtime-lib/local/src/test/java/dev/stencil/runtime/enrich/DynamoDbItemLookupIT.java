package dev.stencil.runtime.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.dynamodb.BatchWriter;
import dev.stencil.runtime.dynamodb.Tables;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A declared lookup on a real DynamoDB API (dynalite): items as plain values, through the cache. */
@ExtendWith(LocalServicesExtension.class)
class DynamoDbItemLookupIT {
    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createCustomers(Dynalite dynalite) {
        client = LocalClients.dynamoDb(dynalite);
        table = Tables.create(client, "customerId", null);
        assertThat(BatchWriter.builder().client(client).tableName(table).keyAttributes("customerId").build()
                .write(List.of(Map.of("customerId", AttributeValue.fromS("c-1"),
                        "name", AttributeValue.fromS("Ada"),
                        "since", AttributeValue.fromN("2019"),
                        "discount", AttributeValue.fromN("0.15"),
                        "vip", AttributeValue.fromBool(true),
                        "address", AttributeValue.fromM(Map.of("city", AttributeValue.fromS("Lyon"))),
                        "tags", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("2"))))))).isEmpty();
    }

    @Test
    void findsAnItemAsPlainValues() {
        Map<String, Object> item = DynamoDbItemLookup.create(() -> client, table, "customerId").find("c-1").orElseThrow();

        assertThat(item).containsExactlyInAnyOrderEntriesOf(Map.of("customerId", "c-1", "name", "Ada", "since", 2019L,
                "discount", 0.15, "vip", true, "address", Map.of("city", "Lyon"), "tags", List.of("a", 2L)));
        assertThat(DynamoDbItemLookup.create(() -> client, table, "customerId").find("c-2")).isEmpty();
    }

    @Test
    void theCacheReadsTheTableOncePerKeyMissingKeysIncluded() {
        int[] reads = new int[1];
        ItemLookup table = DynamoDbItemLookup.create(() -> client, this.table, "customerId");
        ItemLookup counted = key -> {
            reads[0]++;
            return table.find(key);
        };
        CachingItemLookup cached = CachingItemLookup.wrap(counted, 100, Duration.ofMinutes(5));

        for (int i = 0; i < 3; i++) {
            assertThat(cached.find("c-1")).isPresent();
            assertThat(cached.find("c-2")).isEmpty();
        }

        assertThat(reads[0]).isEqualTo(2);
        assertThat(cached.size()).isEqualTo(2);
    }

    @Test
    void aTableThatCannotBeReadFailsTheLookupAndIsNotCached() {
        ItemLookup missing = CachingItemLookup.wrap(DynamoDbItemLookup.create(() -> client, "no-such-table",
                "customerId"), 10, Duration.ofMinutes(5));

        assertThatThrownBy(() -> missing.find("c-1")).isInstanceOf(LookupException.class)
                .hasMessageContaining("no-such-table");
        assertThatThrownBy(() -> missing.find("c-1")).isInstanceOf(LookupException.class);
    }
}
