package dev.stencil.runtime.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import dev.stencil.runtime.local.Dynalite;
import dev.stencil.runtime.local.LocalClients;
import dev.stencil.runtime.local.LocalServicesExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Events put as items on a real DynamoDB (dynalite): keyed by id, retried without a second item. */
@ExtendWith(LocalServicesExtension.class)
class ItemProcessorIT {

    record Order(String eventId, double amount, List<String> tags, Map<String, Integer> extra) {}

    private static DecodedRecord<Order> record(int n, Order order) {
        return new DecodedRecord<>("shardId-000000000000", Integer.toString(n), 0, "k", Instant.EPOCH, order);
    }

    @Test
    void putsEachEventAsOneItemKeyedByItsIdAndARetryWritesTheSameItem(Dynalite dynalite) {
        DynamoDbClient client = LocalClients.dynamoDb(dynalite);
        String table = Tables.create(client, "eventId", null);
        BatchWriter writer = BatchWriter.builder().client(client).tableName(table).keyAttributes("eventId").build();
        ItemProcessor<Order> items = ItemProcessor.create(o -> o.amount() < 0 ? null : o, Order::eventId, "eventId",
                writer);
        List<DecodedRecord<Order>> batch = List.of(
                record(1, new Order("e-1", 12.5, List.of("a", "b"), Map.of("x", 1))),
                record(2, new Order("e-2", 3, List.of(), Map.of())),
                record(3, new Order("e-3", -1, List.of(), Map.of())));

        assertThat(items.process(batch).failures()).isEmpty();
        assertThat(items.process(batch).failures()).isEmpty();

        assertThat(client.scan(r -> r.tableName(table).consistentRead(true)).count()).isEqualTo(2);
        Map<String, AttributeValue> one = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("eventId", AttributeValue.fromS("e-1")))).item();
        assertThat(one.get("amount").n()).isEqualTo("12.5");
        assertThat(one.get("tags").l()).extracting(AttributeValue::s).containsExactly("a", "b");
        assertThat(one.get("extra").m().get("x").n()).isEqualTo("1");
    }

    @Test
    void aRecordWhoseLogicFailsOrGivesNoObjectFailsAlone(Dynalite dynalite) {
        DynamoDbClient client = LocalClients.dynamoDb(dynalite);
        String table = Tables.create(client, "eventId", null);
        BatchWriter writer = BatchWriter.builder().client(client).tableName(table).keyAttributes("eventId").build();
        ItemProcessor<Order> items = ItemProcessor.create(o -> switch (o.eventId()) {
            case "e-1" -> throw new IllegalStateException("broken logic");
            case "e-2" -> "just a string";
            default -> o;
        }, Order::eventId, "eventId", writer);

        BatchResult result = items.process(List.of(record(1, new Order("e-1", 1, List.of(), Map.of())),
                record(2, new Order("e-2", 1, List.of(), Map.of())), record(3, new Order("e-3", 1, List.of(), Map.of()))));

        assertThat(result.failures()).extracting(RecordFailure::sequenceNumber).containsExactly("1", "2");
        assertThat(client.scan(r -> r.tableName(table).consistentRead(true)).count()).isEqualTo(1);
    }
}
