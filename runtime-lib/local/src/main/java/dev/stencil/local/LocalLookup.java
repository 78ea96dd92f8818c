package dev.stencil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.runtime.enrich.GeoIpProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.datafaker.Faker;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A declared enrichment in the local run: what each document of the function's events must hold under
 * the enrichment's name, worked out from the event's field apart from the function. A table lookup
 * ({@link #table}) puts, before each chunk of events is put, an item for three keys in four of those
 * the chunk brings first (a key name, a realistic {@code name}, a {@code since} year and a {@code vip}
 * flag, the same for the same key in every run); the fourth key stays missing, so that the run sees both
 * a found and a missing item. A location ({@link #location}) is what the function's geo-IP table says of
 * the address. Afterwards every document must hold exactly that, or nothing when nothing was found.
 */
final class LocalLookup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String field;
    private final String as;
    private final String source;
    private final Function<String, Optional<JsonNode>> expected;
    private final Map<String, String> valueOfEvent = new ConcurrentHashMap<>();
    private final Map<String, Optional<JsonNode>> known = new ConcurrentHashMap<>();

    private LocalLookup(String field, String as, String source, Function<String, Optional<JsonNode>> expected) {
        this.field = field;
        this.as = as;
        this.source = source;
        this.expected = expected;
    }

    /** A lookup of a table, seeded by the run. */
    static LocalLookup table(DynamoDbClient dynamoDb, String table, String key, String as) {
        return new LocalLookup(key, as, table + " item", k -> Math.floorMod(k.hashCode(), 4) == 0 ? Optional.empty()
                : Optional.of(put(dynamoDb, table, key, k)));
    }

    /** A geo-IP location by the function's table. */
    static LocalLookup location(GeoIpProvider geo, String field, String as) {
        return new LocalLookup(field, as, "location", ip -> geo.locate(ip).map(l -> JSON.valueToTree(l.attributes())));
    }

    String as() {
        return as;
    }

    /** Notes the field of each event, and works out (for a lookup: puts) what its key finds, before the chunk goes in. */
    void seed(List<ObjectNode> events, Function<ObjectNode, String> id) {
        for (ObjectNode event : events) {
            JsonNode value = event.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            String k = value.asText();
            valueOfEvent.put(id.apply(event), k);
            known.computeIfAbsent(k, expected);
        }
    }

    private static JsonNode put(DynamoDbClient dynamoDb, String table, String key, String k) {
        Random random = new Random(k.hashCode());
        Faker faker = new Faker(Locale.ROOT, random);
        String name = faker.name().fullName();
        int since = 2015 + random.nextInt(11);
        boolean vip = random.nextInt(5) == 0;
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of(key, AttributeValue.fromS(k),
                "name", AttributeValue.fromS(name), "since", AttributeValue.fromN(Integer.toString(since)),
                "vip", AttributeValue.fromBool(vip))));
        return JSON.createObjectNode().put(key, k).put("name", name).put("since", since).put("vip", vip);
    }

    /**
     * The documents that hold exactly what their event's field finds (or nothing when it finds nothing),
     * of those given.
     *
     * @param sources each document's source, by event id
     * @return matching documents, with what they hold
     */
    Check.Measure compare(Map<String, JsonNode> sources) {
        long matching = 0;
        long found = 0;
        for (Map.Entry<String, JsonNode> doc : sources.entrySet()) {
            String k = valueOfEvent.get(doc.getKey());
            JsonNode want = k == null ? null : known.getOrDefault(k, Optional.empty()).orElse(null);
            JsonNode actual = doc.getValue().get(as);
            if (want == null ? actual == null : want.equals(actual)) {
                matching++;
                found += want == null ? 0 : 1;
            }
        }
        return new Check.Measure(matching, String.format("%,d with their %s, %,d with none found", found, source,
                matching - found));
    }
}
