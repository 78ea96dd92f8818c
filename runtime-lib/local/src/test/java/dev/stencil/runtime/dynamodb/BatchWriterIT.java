package dev.stencil.runtime.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalServicesExtension.class)
class BatchWriterIT {
    private static Map<String, AttributeValue> item(String id, int version) {
        return Map.of("id", AttributeValue.fromS(id), "version", AttributeValue.fromN(Integer.toString(version)));
    }

    @Test
    void writesEveryItemAcrossRequestsAndTheLastDuplicateWins(Dynalite dynalite) {
        DynamoDbClient client = LocalClients.dynamoDb(dynalite);
        String table = Tables.create(client, "id", null);
        BatchWriter writer = BatchWriter.builder().client(client).tableName(table).keyAttributes("id").build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(item("item-" + i, 1));
        }
        items.add(item("item-3", 2));
        items.add(item("item-59", 2));

        assertThat(writer.write(items)).isEmpty();

        assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(60);
        Map<String, AttributeValue> three = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS("item-3")))).item();
        assertThat(three.get("version").n()).isEqualTo("2");
    }

    @Test
    void rejectsItemsTheTableCannotTake(Dynalite dynalite) {
        DynamoDbClient client = LocalClients.dynamoDb(dynalite);
        String table = Tables.create(client, "id", null);
        BatchWriter writer = BatchWriter.builder().client(client).tableName(table).keyAttributes("id").build();

        assertThatThrownBy(() -> writer.write(List.of(Map.of("id", AttributeValue.fromN("1")))))
                .isInstanceOf(DynamoDbWriteException.class);
        assertThatThrownBy(() -> writer.write(List.of(Map.of("other", AttributeValue.fromS("x")))))
                .hasMessageContaining("lacks key attribute id");
    }
}
