package dev.stencil.runtime.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Puts what the logic makes of each event as one item of a table, keyed by the event's id: a retried
 * record, or an event put twice, writes the same item again. The item holds the JSON the logic's
 * result maps to ({@link JsonItems}), and the key attribute the event's id as a string. A record
 * whose logic throws, or returns something that is no JSON object, fails alone; one the logic
 * returns {@code null} for is dropped; one whose put stays unprocessed fails.
 *
 * @param <T> the event type
 */
public final class ItemProcessor<T> implements BatchProcessor<T> {

    private final Function<? super T, ?> logic;
    private final Function<? super T, ?> id;
    private final String keyAttribute;
    private final BatchWriter writer;

    private ItemProcessor(Function<? super T, ?> logic, Function<? super T, ?> id, String keyAttribute,
                          BatchWriter writer) {
        this.logic = Objects.requireNonNull(logic, "logic");
        this.id = Objects.requireNonNull(id, "id");
        this.keyAttribute = Objects.requireNonNull(keyAttribute, "keyAttribute");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * @param logic        what to write of an event, e.g. {@code logic::enrich}
     * @param id           the event's id, e.g. {@code Order::eventId}
     * @param keyAttribute the table's partition key attribute, the id field's name
     * @param writer       the table's writer, keyed by {@code keyAttribute}
     * @param <T>          the event type
     * @return the processor
     */
    public static <T> ItemProcessor<T> create(Function<? super T, ?> logic, Function<? super T, ?> id,
                                              String keyAttribute, BatchWriter writer) {
        return new ItemProcessor<>(logic, id, keyAttribute, writer);
    }

    @Override
    public BatchResult process(List<DecodedRecord<T>> records) {
        List<RecordFailure> failures = new ArrayList<>();
        List<Map<String, AttributeValue>> items = new ArrayList<>(records.size());
        List<DecodedRecord<T>> written = new ArrayList<>(records.size());
        for (DecodedRecord<T> record : records) {
            try {
                Object result = logic.apply(record.value());
                if (result == null) {
                    continue;
                }
                JsonNode tree = Json.MAPPER.valueToTree(result);
                if (!tree.isObject()) {
                    failures.add(record.failed("item: the logic returned " + tree.getNodeType() + ", not an object"));
                    continue;
                }
                Map<String, AttributeValue> item = JsonItems.of(tree);
                item.put(keyAttribute, AttributeValue.fromS(String.valueOf(id.apply(record.value()))));
                items.add(item);
                written.add(record);
            } catch (RuntimeException e) {
                failures.add(record.failed("item: " + e));
            }
        }
        for (int position : writer.write(items)) {
            failures.add(written.get(position).failed("item write failed"));
        }
        return BatchResult.failed(failures);
    }
}
