package dev.stencil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * The events of a stream whose schema the sidecar declares, made from the description the plugin
 * generates beside the local run ({@code /stencil/events/<Stream>.json}): every field of the
 * schema, with the sidecar's {@code local:} values where it gives some ({@code oneOf}, {@code
 * range}) and values of the field's type otherwise (for a string field whose name says what it holds,
 * such as {@code email}, {@code city} or {@code ip}, a realistic one from Datafaker, see
 * {@link RealisticValues}); the event time moves forward as the clickstream's does. The same seed gives the same events. Optional fields are always set.
 */
public final class DeclaredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NUMBERS = Set.of("INT", "LONG", "FLOAT", "DOUBLE", "TIMESTAMP");

    private final JsonNode spec;

    private DeclaredEvents(JsonNode spec) {
        this.spec = spec;
    }

    /**
     * Reads a description from the class path.
     *
     * @param resource such as {@code /stencil/events/Raw.json}
     * @return the stream's events
     */
    public static DeclaredEvents fromResource(String resource) {
        try (InputStream in = DeclaredEvents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path: generate the project again");
            }
            return new DeclaredEvents(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The schema's name, for the summary. */
    String schema() {
        return spec.path("schema").asText();
    }

    /** The sidecar's seed, when it gives one. */
    OptionalLong seed() {
        return spec.has("seed") ? OptionalLong.of(spec.get("seed").asLong()) : OptionalLong.empty();
    }

    /** The id of an event: its id field, or empty when the stream names none. */
    String id(ObjectNode event) {
        return spec.has("id") ? event.path(spec.get("id").asText()).asText() : "";
    }

    /** The partition key of an event: its partition key field, else its id, else a hash of it. */
    String partitionKey(ObjectNode event) {
        String field = spec.has("partitionKey") ? spec.get("partitionKey").asText() : spec.path("id").asText(null);
        String key = field == null ? Integer.toHexString(event.hashCode()) : event.path(field).asText();
        return key.isEmpty() ? "-" : key;
    }

    /**
     * What the poison fault puts between a declared stream's events, as a producer sends it by
     * mistake, four records in all: one that is not JSON; an event without a field the schema
     * requires; an event whose number field holds a word; and JSON that is no event at all. Each
     * fails the schema's decoder. The events among them hold the first value of each {@code oneOf},
     * so that whether a filter lets them through is plain from the sidecar.
     */
    List<Poison.Kind> poison() {
        ObjectNode sample = generator(0, 1_767_225_600_000L).next();
        fields().filter(f -> f.path("oneOf").size() > 0).forEach(f -> sample.set(f.path("name").asText(),
                f.path("oneOf").get(0)));
        List<Poison.Kind> kinds = new ArrayList<>(List.of(new Poison.Kind("not JSON", "\u0000this is not JSON", false)));
        fields().filter(f -> !f.path("optional").asBoolean()).findFirst().ifPresentOrElse(
                f -> kinds.add(new Poison.Kind("no " + f.path("name").asText(),
                        sample.deepCopy().without(f.path("name").asText()).toString(), false)),
                () -> kinds.add(new Poison.Kind("JSON null", "null", false)));
        fields().filter(f -> !f.path("optional").asBoolean() && NUMBERS.contains(f.path("type").asText())).findFirst()
                .ifPresentOrElse(f -> kinds.add(new Poison.Kind(f.path("name").asText() + " not a number",
                        sample.deepCopy().put(f.path("name").asText(), "yesterday").toString(), false)),
                        () -> kinds.add(new Poison.Kind("a string, not an event", "\"an event\"", false)));
        kinds.add(new Poison.Kind("an array, not an event", "[" + sample + "]", false));
        return List.copyOf(kinds);
    }

    private java.util.stream.Stream<JsonNode> fields() {
        return java.util.stream.StreamSupport.stream(spec.path("fields").spliterator(), false);
    }

    /**
     * A generator of the events, reproducible from its seed.
     *
     * @param seed the seed
     * @param startMillis the first event's time, epoch milliseconds
     * @return the generator
     */
    Generator generator(long seed, long startMillis) {
        return new Generator(new SplittableRandom(seed), startMillis);
    }

    /** Makes events one after another. */
    final class Generator {
        private final SplittableRandom random;
        private final Faker faker;
        private long clock;

        private Generator(SplittableRandom random, long startMillis) {
            this.random = random;
            this.faker = new Faker(Locale.ROOT, new Random(random.nextLong()));
            this.clock = startMillis;
        }

        /** The next {@code count} events. */
        List<ObjectNode> next(int count) {
            List<ObjectNode> events = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                events.add(next());
            }
            return events;
        }

        ObjectNode next() {
            clock += random.nextInt(100);
            ObjectNode event = JSON.createObjectNode();
            String id = spec.path("id").asText(null);
            String time = spec.path("eventTime").asText(null);
            for (JsonNode field : spec.path("fields")) {
                String name = field.path("name").asText();
                if (name.equals(id)) {
                    id(event, name, field.path("type").asText());
                } else if (name.equals(time) && field.path("type").asText().equals("STRING")) {
                    event.put(name, Instant.ofEpochMilli(clock).toString());
                } else if (name.equals(time)) {
                    event.put(name, clock);
                } else {
                    value(event, name, field);
                }
            }
            return event;
        }

        private void id(ObjectNode event, String name, String type) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            if (type.equals("STRING")) {
                event.put(name, uuid.toString());
            } else {
                event.put(name, uuid.getMostSignificantBits() & (type.equals("INT") ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }

        private void value(ObjectNode event, String name, JsonNode field) {
            JsonNode oneOf = field.path("oneOf");
            if (oneOf.size() > 0) {
                event.set(name, oneOf.get(random.nextInt(oneOf.size())));
                return;
            }
            JsonNode range = field.path("range");
            double low = range.size() == 2 ? range.get(0).asDouble() : 0;
            double high = range.size() == 2 ? range.get(1).asDouble() : 1_000;
            switch (field.path("type").asText()) {
                case "STRING" -> event.put(name, RealisticValues.of(faker, name).orElseGet(() -> name + "-" + random.nextInt(50)));
                case "ENUM" -> event.set(name, field.path("symbols").get(random.nextInt(field.path("symbols").size())));
                case "INT" -> event.put(name, (int) Math.round(low + random.nextDouble() * (high - low)));
                case "LONG" -> event.put(name, Math.round(low + random.nextDouble() * (high - low)));
                case "FLOAT", "DOUBLE" -> event.put(name, Math.round((low + random.nextDouble() * (high - low)) * 100) / 100.0);
                case "BOOLEAN" -> event.put(name, random.nextBoolean());
                case "TIMESTAMP" -> event.put(name, clock);
                default -> event.putObject(name);
            }
        }
    }
}
