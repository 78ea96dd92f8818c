package dev.stencil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.datafaker.Faker;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A declared lookup in the local run: before each chunk of events is put, the lookup table gets an item
 * for three keys in four of those the chunk brings first (a key name, a realistic {@code name}, a
 * {@code since} year and a {@code vip} flag, the same for the same key in every run); the fourth key
 * stays missing, so that the run sees both a found and a missing item. Afterwards every document of
 * the function's events must hold, under the lookup's name, exactly the item of its key, or nothing
 * when its key has none.
 */
final class LocalLookup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final String key;
    private final String as;
    private final Map<String, JsonNode> seeded = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private final Map<String, String> keyOfEvent = new ConcurrentHashMap<>();

    LocalLookup(DynamoDbClient dynamoDb, String table, String key, String as) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.key = key;
        this.as = as;
    }

    String table() {
        return table;
    }

    String as() {
        return as;
    }

    /** Puts the items of the chunk's new keys, before the chunk is put into its stream. */
    void seed(List<ObjectNode> events, java.util.function.Function<ObjectNode, String> id) {
        for (ObjectNode event : events) {
            JsonNode value = event.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            String k = value.asText();
            keyOfEvent.put(id.apply(event), k);
            if (seen.putIfAbsent(k, Boolean.TRUE) == null && Math.floorMod(k.hashCode(), 4) != 0) {
                put(k);
            }
        }
    }

    private void put(String k) {
        Random random = new Random(k.hashCode());
        Faker faker = new Faker(Locale.ROOT, random);
        String name = faker.name().fullName();
        int since = 2015 + random.nextInt(11);
        boolean vip = random.nextInt(5) == 0;
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of(key, AttributeValue.fromS(k),
                "name", AttributeValue.fromS(name), "since", AttributeValue.fromN(Integer.toString(since)),
                "vip", AttributeValue.fromBool(vip))));
        ObjectNode item = JSON.createObjectNode().put(key, k).put("name", name).put("since", since).put("vip", vip);
        seeded.put(k, item);
    }

    /**
     * The documents that hold exactly their key's item (or nothing for a missing one), of those given.
     *
     * @param sources each document's source, by event id
     * @return matching documents, with what they hold
     */
    Check.Measure compare(Map<String, JsonNode> sources) {
        long matching = 0;
        long found = 0;
        long missing = 0;
        for (Map.Entry<String, JsonNode> doc : sources.entrySet()) {
            String k = keyOfEvent.get(doc.getKey());
            JsonNode expected = k == null ? null : seeded.get(k);
            JsonNode actual = doc.getValue().get(as);
            if (expected == null ? actual == null : expected.equals(actual)) {
                matching++;
                found += expected == null ? 0 : 1;
                missing += expected == null ? 1 : 0;
            }
        }
        return new Check.Measure(matching, String.format("%,d with their %s item, %,d whose key %s has none",
                found, table, missing, table));
    }
}
